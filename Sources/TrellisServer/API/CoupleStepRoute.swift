import Hummingbird
import TrellisCore
import TrellisStore

extension APIRouteBook {
    /// A route that decodes `Body`, turns it into one core command for the caller's couple,
    /// performs it, and answers with a view of the new state.
    mutating func step<Body: Decodable & Sendable, Answer: Encodable>(
        _ method: HTTPRequest.Method, _ path: String, _ type: Body.Type, status: HTTPResponse.Status = .ok,
        couples: CoupleService,
        command: @escaping @Sendable (Body, Parameters, Account) throws -> CoupleCommand,
        answer: @escaping @Sendable (CoupleState, Account) throws -> Answer
    ) {
        on(method, path) { request, context in
            let (account, couple) = try context.member()
            let body = try await JSONCoding.decode(Body.self, from: request)
            let state = try await couples.perform(
                try command(body, context.parameters, account), in: couple, by: account)
            return try JSONCoding.response(try answer(state, account), status: status)
        }
    }
}
