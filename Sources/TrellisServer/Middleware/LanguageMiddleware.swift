import Hummingbird
import TrellisLanguage

/// Everything a request answers is said in its reader's language. Router-wide, before anyone is
/// known: the language the browser asks for (`Accept-Language`), or the server's. Refusals and
/// error pages are said in it too, since this runs outside `ErrorMiddleware`.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = TrellisRequestContext
    let fallback: Language

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let asked = request.headers[.acceptLanguage].flatMap(Language.preferred(byHeader:))
        return try await Say.$language.withValue(asked ?? fallback) { try await next(request, context) }
    }
}

/// On a group whose caller is known: a member reads in the language they chose, whichever device
/// or browser they use. Added right after the middleware that finds the caller.
struct MemberLanguageMiddleware: RouterMiddleware {
    typealias Context = TrellisRequestContext

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let member = context.identity ?? context.session?.account else { return try await next(request, context) }
        return try await Say.$language.withValue(member.language) { try await next(request, context) }
    }
}
