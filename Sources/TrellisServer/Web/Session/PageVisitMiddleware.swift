import Hummingbird

/// Attaches the browser's visit to every page request of its group: who is logged in (from the
/// session cookie) and the form token that protects its forms.
struct PageVisitMiddleware: RouterMiddleware {
    typealias Context = TrellisRequestContext

    let accounts: AccountService
    let usesTLS: Bool

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let visit = try await WebVisit.start(request, accounts: accounts, usesTLS: usesTLS)
        context.visit = visit
        context.identity = visit.account
        return try await next(request, context)
    }
}

/// The member-only pages: without a session a person is sent to log in, and back afterwards. A
/// form that arrives once the session has ended gives its words back instead of losing them.
struct RequireMember: RouterMiddleware {
    typealias Context = TrellisRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard context.identity == nil else { return try await next(request, context) }
        let visit = try context.pageVisit()
        guard request.method == .get || request.method == .head else {
            throw ExpiredForm(fields: try await FormFields.parse(request), sessionEnded: visit.sessionToken != nil)
        }
        return visit.redirect(to: .logIn(next: AccountPages.safeNext(request.uri.path)))
    }
}
