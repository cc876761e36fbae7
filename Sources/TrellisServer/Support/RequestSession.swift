/// The signed-in session a request came with, for the few checks that count per device rather than
/// per member: confirming the password spends this session's budget, so someone guessing with a
/// stolen token can never use up the owner's. Set by the authenticating middleware
/// (`PageVisitMiddleware`, `BearerAuthenticator`) around the rest of the request.
enum RequestSession {
    @TaskLocal static var id: String?
}
