import Hummingbird

/// Counts every write (anything but GET and HEAD) of a signed-in session against its
/// `WriteLimiter` bucket before it runs; over the limit it answers 429 with `Retry-After`, unread
/// and unchanged. The steps that take a session away (logging out, ending sessions, changing the
/// password, the lock) are never counted: the owner can always throw out a stolen token, however
/// hard it writes. Signing up, logging in and the password have limits of their own (`LoginThrottle`).
struct WriteLimitMiddleware: RouterMiddleware {
    typealias Context = TrellisRequestContext
    let limiter: WriteLimiter
    let clock: any WallClock
    let security: SecurityLog

    /// "METHOD /path" of the steps that end or guard sessions.
    static let sessionSteps: Set<String> = Set(
        [Post.endDevice, Post.endOtherDevices, Post.password].map { "POST \($0.pattern)" } + [
            "DELETE /api/v1/sessions/current", "DELETE /api/v1/sessions/others", "PUT /api/v1/me/password",
            "POST /api/v1/sessions/current/lock", "POST /api/v1/sessions/current/unlock",
        ])

    static func isSessionStep(_ request: Request) -> Bool {
        let path = request.uri.path
        return sessionSteps.contains("\(request.method) \(path)")
            || (request.method == .delete && path.hasPrefix("/api/v1/sessions/"))
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if request.method != .get, request.method != .head, let member = context.identity,
            !Self.isSessionStep(request)
        {
            do {
                try limiter.take(for: context.session?.session.id ?? member.id.description, at: clock.now())
            } catch {
                security.record(.writesLimited, account: member.id, address: context.remoteAddress)
                throw error
            }
        }
        return try await next(request, context)
    }
}
