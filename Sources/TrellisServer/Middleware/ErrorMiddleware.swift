import Hummingbird
import Logging
import NIOHTTP1
import TrellisLanguage

/// Turns every error into a clear answer: JSON under /api, a page elsewhere. Unexpected errors
/// become a plain 500 that reveals nothing; the log gets the error's type, never request content.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = TrellisRequestContext
    /// Server errors are security events too: a burst of them can be an attack.
    let security: SecurityLog

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let expired as ExpiredForm {
            return HTMLPage.response(ExpiredFormView(expired: expired).html, status: .forbidden)
        } catch {
            let refusal = Self.refusal(for: error, request: request)
            if refusal.status == .internalServerError {
                context.logger.error("request failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
                security.record(.serverError, account: context.identity?.id, address: context.remoteAddress)
            }
            return try Self.render(refusal, for: request)
        }
    }

    static func refusal(for error: any Error, request: Request) -> TrellisError {
        switch error {
        case let error as TrellisError:
            return error
        case is HTTPParserError:
            // A body that breaks its own framing, e.g. "chunked" announced and plain bytes sent.
            return .malformed(say("refusals.notFramed"))
        case let error as any HTTPResponseError where error.status == .notFound:
            return TrellisError(.notFound, "not_found", say("refusals.nothingAtThisAddress"))
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            return .bodyTooLarge
        case let error as any HTTPResponseError where error.status.code < 500:
            return TrellisError(error.status, "bad_request", say("refusals.badRequest"))
        default:
            return TrellisError(.internalServerError, "internal_error", say("refusals.internalError"))
        }
    }

    static func render(_ refusal: TrellisError, for request: Request) throws -> Response {
        var response: Response
        if request.uri.path.hasPrefix("/api/") {
            response = try JSONCoding.response(
                ErrorEnvelope(error: .init(code: refusal.code, message: refusal.message, field: refusal.field)),
                status: refusal.status)
        } else {
            response = HTMLPage.response(ErrorPageView(refusal: refusal).html, status: refusal.status)
        }
        if let retryAfter = refusal.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
        return response
    }
}
