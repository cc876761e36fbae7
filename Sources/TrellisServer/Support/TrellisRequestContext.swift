import Hummingbird
import HummingbirdAuth
import HummingbirdWebSocket
import NIOCore
import TrellisLanguage
import TrellisStore

/// Per-request context: Hummingbird's core storage, the caller's network address (login rate
/// limiting keys on it), and who is calling, attached once by the middleware of the route group
/// (`PageVisitMiddleware` for pages, `BearerAuthenticator` for the API), never looked up again in
/// a handler.
public struct TrellisRequestContext: AuthRequestContext, WebSocketRequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's address, or behind a trusted proxy the client's (`ForwardedForMiddleware`).
    public internal(set) var remoteAddress: String
    /// The logged-in account, when the request carried a valid session.
    public var identity: Account?
    /// Why the credentials presented were refused, so a route that needs a caller can say why.
    var refusal: TrellisError?
    /// The caller's session as read for this request, locked or not (API routes).
    var session: SignedIn?
    /// The browser's visit (session cookie, form token), on page routes.
    var visit: WebVisit?
    /// Where a live socket's handler waits while its upgrade request goes through the router.
    public let webSocket = WebSocketHandlerReference<TrellisRequestContext>()

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The logged-in caller; on member-only groups it is always there.
    func caller() throws -> Account {
        guard let identity else { throw refusal ?? TrellisError.notAuthenticated }
        return identity
    }

    /// The caller's session even when their device is locked: only for opening the lock and
    /// logging out.
    func lockedOrOpenSession() throws -> SignedIn {
        guard let session else { throw refusal ?? TrellisError.notAuthenticated }
        return session
    }

    /// The browser's visit; the page group's middleware always attaches it.
    func pageVisit() throws -> WebVisit {
        guard let visit else { throw TrellisError(.internalServerError, "no_visit", say("refusals.noVisit")) }
        return visit
    }
}
