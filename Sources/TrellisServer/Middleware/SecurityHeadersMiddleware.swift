import HTTPTypes
import Hummingbird

/// Headers every answer carries: a strict Content-Security-Policy (only our own stylesheet and our
/// own small script, never inline code), no framing, no sniffing, no referrer (invite links carry codes), no caching
/// of anything private.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = TrellisRequestContext

    static let contentSecurityPolicy = [
        "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self'", "connect-src 'self'",
        // The quick exit's form goes on from /exit to its everyday page, and form-action follows redirects.
        "form-action 'self' \(QuickExit.destinationOrigin)", "worker-src 'self'", "manifest-src 'self'",
        "frame-ancestors 'none'", "base-uri 'none'",
    ].joined(separator: "; ")

    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let openerPolicy = HTTPField.Name("Cross-Origin-Opener-Policy")!

    let usesTLS: Bool
    let hstsPreload: Bool

    /// HTTPS only, for a year, for this host and every subdomain (none of which may serve plain http).
    var strictTransportSecurity: String {
        "max-age=31536000; includeSubDomains" + (hstsPreload ? "; preload" : "")
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.referrerPolicy] = "no-referrer"
        response.headers[Self.openerPolicy] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        if usesTLS { response.headers[.strictTransportSecurity] = strictTransportSecurity }
        return response
    }
}
