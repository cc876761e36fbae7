import Crypto
import Foundation
import Hummingbird
import TrellisStore

/// One browser request: who is logged in (from the session cookie) and the form token that
/// protects its forms. Logged in, the token is derived from the session's secret, so it changes at
/// every log-in and no cookie planted by anyone else can stand in for it. Before logging in (the
/// sign-up and log-in forms) it is a double-submit cookie. Over TLS the cookies carry the
/// `__Host-` prefix, which no subdomain can set.
struct WebVisit: Sendable {
    static func sessionCookie(tls: Bool) -> String { (tls ? "__Host-" : "") + "trellis_session" }
    static func csrfCookie(tls: Bool) -> String { (tls ? "__Host-" : "") + "trellis_csrf" }
    static func deviceCookie(tls: Bool) -> String { (tls ? "__Host-" : "") + "trellis_device" }

    let account: Account?
    let sessionToken: String?
    let csrf: String
    private let isNewCSRF: Bool
    let usesTLS: Bool
    /// The session as read for this visit, and what its device may show (`DeviceLock`): a locked
    /// device has no `account`, and shows only its lock.
    private(set) var session: SignedIn? = nil
    private(set) var access: DeviceAccess = .open

    /// `privatePage`: a private page is being opened, which may ask for the lock again.
    static func start(_ request: Request, accounts: AccountService, usesTLS: Bool, privatePage: Bool = false)
        async throws -> WebVisit
    {
        let token = request.cookie(sessionCookie(tls: usesTLS))
        if let token {
            do {
                let (session, access) = try await accounts.signedIn(token: token, privatePage: privatePage)
                var visit = WebVisit(
                    account: access == .locked ? nil : session.account, sessionToken: token, csrf: formToken(token),
                    isNewCSRF: false, usesTLS: usesTLS)
                (visit.session, visit.access) = (session, access)
                return visit
            } catch let error as TrellisError where error.status == .unauthorized {}
        }
        let existing = request.cookie(csrfCookie(tls: usesTLS))
        return WebVisit(
            account: nil, sessionToken: token, csrf: existing ?? SecretToken.session().value,
            isNewCSRF: existing == nil, usesTLS: usesTLS)
    }

    private static func formToken(_ sessionToken: String) -> String {
        SecretToken.base64URL(SecretToken.hash("form token " + sessionToken))
    }

    /// This visit as it goes on once `session` (just opened) is its own: the member's header and
    /// their form token.
    func signedIn(as account: Account, _ session: IssuedSession) -> WebVisit {
        WebVisit(
            account: account, sessionToken: session.token, csrf: Self.formToken(session.token), isNewCSRF: false,
            usesTLS: usesTLS)
    }

    /// Parses a posted form and checks its token; a missing or wrong token refuses the whole form.
    func form(_ request: Request) async throws -> FormFields {
        let fields = try await FormFields.parse(request)
        guard !isNewCSRF, SecretToken.constantTimeEqual(fields["csrf"] ?? "", csrf) else {
            throw ExpiredForm(fields: fields, sessionEnded: account == nil && sessionToken != nil)
        }
        return fields
    }

    /// Makes this visit's forms, each with its token.
    var forms: Forms { Forms(token: csrf) }

    /// This visit's forms, with `returned` back in its fields, each coming back to `back`.
    func forms(returning returned: ReturnedForm?, back: String? = nil) -> Forms {
        Forms(token: csrf, returned: returned, back: back)
    }

    func page(_ content: HTML, status: HTTPResponse.Status = .ok) -> Response {
        let document = HTMLPage.document(
            content: content, member: account?.name, forms: forms, look: session?.privacy.look,
            lockAfter: session.flatMap { $0.privacy.locks ? $0.session.lock.after : nil })
        return withCookies(HTMLPage.response(document, status: status))
    }

    func redirect(to path: String) -> Response {
        withCookies(Response.redirect(to: path, type: .found))
    }

    /// Where this browser is coming from, for a log-in or sign-up: its address, what kind of
    /// browser it is, and its known-device cookie if it has one.
    func arrival(_ request: Request, context: TrellisRequestContext) -> Arrival {
        Arrival(
            address: context.remoteAddress, client: DeviceLabel.browser(request),
            device: request.cookie(Self.deviceCookie(tls: usesTLS)))
    }

    /// Sets the session cookie after sign-up or log-in, and the known-device cookie, kept for a
    /// year so this browser's next log-ins are counted apart from strangers' guesses.
    func redirect(to path: String, opening session: IssuedSession) -> Response {
        opening(session, redirect(to: path))
    }

    /// `response` with the session's cookies set: after sign-up or log-in, whatever comes next.
    func opening(_ session: IssuedSession, _ response: Response) -> Response {
        var response = response
        response.setCookie(
            Cookie(
                name: Self.sessionCookie(tls: usesTLS), value: session.token, expires: session.expiresAt, path: "/",
                secure: usesTLS, httpOnly: true, sameSite: .lax))
        return knowing(device: session.device, response)
    }

    /// `response` with the known-device cookie set to `device`: at log-in, or from a link mailed to
    /// the owner.
    func knowing(device: String, _ response: Response) -> Response {
        var response = response
        response.setCookie(
            Cookie(
                name: Self.deviceCookie(tls: usesTLS), value: device, maxAge: 365 * 24 * 3600, path: "/",
                secure: usesTLS, httpOnly: true, sameSite: .strict))
        return response
    }

    func redirectClearingSession(to path: String) -> Response {
        var response = redirect(to: path)
        response.setCookie(endedSessionCookie)
        return response
    }

    /// The session cookie, emptied: this browser is signed out.
    var endedSessionCookie: Cookie {
        Cookie(
            name: Self.sessionCookie(tls: usesTLS), value: "", maxAge: 0, path: "/", secure: usesTLS, httpOnly: true,
            sameSite: .lax)
    }

    /// A locked device's page: the lock alone, with no name and no way round it.
    func lockPage(_ content: HTML, status: HTTPResponse.Status = TrellisError.locked.status) -> Response {
        let document = HTMLPage.document(
            content: content, forms: forms, showsAccountBar: false, look: session?.privacy.look)
        return withCookies(HTMLPage.response(document, status: status))
    }

    private func withCookies(_ response: Response) -> Response {
        guard isNewCSRF else { return response }
        var response = response
        response.setCookie(
            Cookie(
                name: Self.csrfCookie(tls: usesTLS), value: csrf, path: "/", secure: usesTLS, httpOnly: true,
                sameSite: .lax))
        return response
    }
}
