import Hummingbird
import TrellisLanguage

/// An API address that exists, asked with a method it does not have, answers 405 with `Allow`
/// listing the methods it does have, rather than a 404 that says the address is not there.
struct AllowedMethodsMiddleware: RouterMiddleware {
    typealias Context = TrellisRequestContext
    /// Each API route's path segments ("{…}" matches any one segment) and its method.
    private let routes: [(segments: [Substring], method: String)]

    /// `routes` as the route book records them: "METHOD /path".
    init(routes: [String]) {
        self.routes = routes.map { route in
            let parts = route.split(separator: " ", maxSplits: 1)
            return (parts[1].split(separator: "/"), String(parts[0]))
        }
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            let segments = request.uri.path.split(separator: "/")
            let allowed = routes.filter { Self.matches($0.segments, segments) }.map(\.method)
            guard !allowed.isEmpty, request.uri.path.hasPrefix(APIRouteBook.prefix + "/") else { throw error }
            var response = try ErrorMiddleware.render(
                TrellisError(
                    .methodNotAllowed, "method_not_allowed",
                    say(
                        "refusals.methodNotAllowed",
                        ["allowed": allowed.joined(separator: ", "), "method": request.method.rawValue])),
                for: request)
            response.headers[.allow] = Set(allowed).sorted().joined(separator: ", ")
            return response
        }
    }

    private static func matches(_ template: [Substring], _ path: [Substring]) -> Bool {
        template.count == path.count
            && zip(template, path).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }
}
