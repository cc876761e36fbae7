import Hummingbird

/// Counts every write (anything but GET and HEAD) of a signed-in member against their
/// `WriteLimiter` before it runs; over the limit it answers 429 with `Retry-After`, unread and
/// unchanged. Signing up and logging in have their own limits (`LoginThrottle`).
struct WriteLimitMiddleware: RouterMiddleware {
    typealias Context = TrellisRequestContext
    let limiter: WriteLimiter
    let clock: any WallClock
    let security: SecurityLog

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if request.method != .get, request.method != .head, let member = context.identity {
            do {
                try limiter.take(for: member.id, at: clock.now())
            } catch {
                security.record(.writesLimited, account: member.id, address: context.remoteAddress)
                throw error
            }
        }
        return try await next(request, context)
    }
}
