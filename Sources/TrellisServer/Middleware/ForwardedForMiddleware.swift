import Foundation
import HTTPTypes
import Hummingbird

/// Behind a load balancer every request comes from the balancer's address, and limits keyed on
/// the address would make one stranger's guesses everyone's. From a trusted proxy only, the
/// client is the last address in `X-Forwarded-For` (the one the proxy itself appended; anything
/// before it came from the client and proves nothing). Anyone else's header is ignored.
struct ForwardedForMiddleware: RouterMiddleware {
    typealias Context = TrellisRequestContext
    static let header = HTTPField.Name("X-Forwarded-For")!

    let trusted: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var context = context
        if trusted.contains(context.remoteAddress),
            let client = request.headers[values: Self.header].last?.split(separator: ",").last
        {
            let address = client.trimmingCharacters(in: .whitespaces)
            if !address.isEmpty { context.remoteAddress = address }
        }
        return try await next(request, context)
    }
}
