import Hummingbird
import TrellisStore

/// The one way API routes are added. It records each (method, path) as it registers it, so a
/// test can hold the running server's routes against openapi.yaml in both directions.
struct APIRouteBook {
    static let prefix = "/api/v1"
    typealias Handler = @Sendable (Request, TrellisRequestContext) async throws -> Response

    private let router: Router<TrellisRequestContext>
    private(set) var routes: [String] = []

    init(router: Router<TrellisRequestContext>) { self.router = router }

    /// `path` is relative to `/api/v1` and names parameters in braces, as OpenAPI does.
    mutating func on(_ method: HTTPRequest.Method, _ path: String, _ handler: @escaping Handler) {
        let fullPath = Self.prefix + path
        router.on(RouterPath(fullPath), method: method, use: handler)
        routes.append("\(method.rawValue) \(fullPath)")
    }
}

extension Request {
    /// The token from `Authorization: Bearer <token>`, if the header is there and well-formed.
    var bearerToken: String? {
        guard let header = headers[.authorization], header.lowercased().hasPrefix("bearer ") else { return nil }
        let token = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}

extension AccountService {
    /// The caller of an API route: a bearer token is required (cookies are for pages only,
    /// which keeps the API free of cross-site request forgery).
    func apiCaller(_ request: Request) async throws -> Account {
        guard let token = request.bearerToken else { throw TrellisError.notAuthenticated }
        return try await authenticate(token: token)
    }
}
