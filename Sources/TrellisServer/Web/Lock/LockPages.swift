import Hummingbird
import TrellisStore

/// The lock's own steps in the browser: opening the lock, locking this device on the way out
/// (the quick exit), and the page's "still here" while someone types. They pass a locked device's
/// lock (`PageVisitMiddleware`), as logging out does; nothing else does.
struct LockPages {
    let locks: DeviceLocks
    let accounts: AccountService

    /// The pages that ask for the lock again once the lock time passed since it was last given.
    static let privatePaths = ["/integrity", "/urges", "/signs", "/fears", "/settings/private"]

    static func isPrivate(_ path: String) -> Bool {
        privatePaths.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    static func passesLock(_ request: Request) -> Bool {
        request.method == .post && ["/unlock", "/logout", "/exit"].contains(request.uri.path)
    }

    /// The lock in place of whatever was asked; it comes back there once opened.
    static func lockScreen(
        _ visit: WebVisit, _ request: Request, error: TrellisError? = nil, next given: String? = nil
    ) -> Response {
        let next = given.map(ownPage) ?? (request.method == .get ? request.uri.description : Page.home().description)
        var response = visit.lockPage(
            LockPageView(visit: visit, next: next, error: error).html,
            status: error?.status ?? TrellisError.locked.status)
        if let retryAfter = error?.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.post(Post.unlock) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            guard let session = visit.session, let token = visit.sessionToken else {
                return visit.redirect(to: Page.logIn())
            }
            do {
                try await locks.unlock(session, token: token, code: form["code"], password: form["password"])
            } catch let error as TrellisError {
                return Self.lockScreen(visit, request, error: error, next: form["next"])
            }
            return visit.redirect(to: Self.ownPage(form["next"]))
        }
        // No form token is asked: leaving must work from any page, even one left open for days,
        // and the browser sends no session with another site's form, so no one else can do it.
        router.post(Post.quickExit) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await FormFields.parse(request)
            // The script leaves by itself once this is answered; a plain form is sent on its way.
            var response =
                form["via"] == "script"
                ? Response(status: .noContent) : Response.redirect(to: QuickExit.destination, type: .found)
            guard let session = visit.session, let token = visit.sessionToken else { return response }
            if try await !locks.lock(session, token: token) {
                try await accounts.logOut(token: token)
                response.setCookie(visit.endedSessionCookie)
            }
            return response
        }
        router.post(Post.stillHere) { _, request, context in
            // Reading the session (in the middleware) already noted this use.
            _ = try await context.pageVisit().form(request)
            return Response(status: .noContent)
        }
    }

    /// Where an opened lock goes back to: a path on this site, of plain characters only (a
    /// browser forgives too much, "/\t/evil" becoming "//evil").
    static func ownPage(_ next: String?) -> String {
        let plain = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/?=&%")
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), next.count < 500, next.allSatisfy(plain.contains)
        else { return Page.home().description }
        return next
    }
}
