import Hummingbird

/// Attaches the browser's visit to every page request of its group: who is logged in (from the
/// session cookie) and the form token that protects its forms. A locked device gets its lock in
/// place of any page (only the lock's own steps and logging out go through), and a private page
/// opened after the lock time asks for the lock again first.
struct PageVisitMiddleware: RouterMiddleware {
    typealias Context = TrellisRequestContext

    let accounts: AccountService
    let usesTLS: Bool

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        let visit = try await WebVisit.start(
            request, accounts: accounts, usesTLS: usesTLS,
            privatePage: request.method == .get && LockPages.isPrivate(request.uri.path))
        if visit.access != .open, !LockPages.passesLock(request) {
            return LockPages.lockScreen(visit, request)
        }
        context.visit = visit
        context.identity = visit.account
        context.session = visit.session
        return try await RequestSession.$id.withValue(visit.session?.session.id) { try await next(request, context) }
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
