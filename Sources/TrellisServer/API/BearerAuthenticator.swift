import Hummingbird
import HummingbirdAuth
import TrellisCore
import TrellisStore

/// The API's authenticator: a bearer token names the caller (cookies are for pages only, which
/// keeps the API free of cross-site request forgery). A token that is refused does not stop the
/// request here: public routes (sign-up, log-in) still answer, and routes that need a caller say
/// why ("session_expired") through `TrellisRequestContext.caller()`. A locked device's token names
/// no caller either: every route answers 423 `locked`, but its session is kept aside for the few
/// that open the lock or log out (`TrellisRequestContext.session()`).
struct BearerAuthenticator: AuthenticatorMiddleware {
    typealias Context = TrellisRequestContext

    let accounts: AccountService

    func authenticate(request: Request, context: Context) async throws -> Account? {
        guard let token = request.bearerToken else { return nil }
        return try await accounts.authenticate(token: token)
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        do {
            if let token = request.bearerToken {
                let (session, access) = try await accounts.signedIn(token: token)
                context.session = session
                if access == .locked { context.refusal = .locked } else { context.identity = session.account }
            }
        } catch let refusal as TrellisError where refusal.status == .unauthorized {
            context.refusal = refusal
        }
        return try await RequestSession.$id.withValue(context.session?.session.id) {
            try await next(request, context)
        }
    }
}

extension TrellisRequestContext {
    /// The caller and the couple the path names (an id that is not a UUID is simply not found).
    /// Whether the caller belongs to that couple is checked by `CoupleService.authorised`.
    func member() throws -> (Account, CoupleID) {
        (try caller(), try parameters.identifier("coupleId", as: CoupleID.self))
    }
}
