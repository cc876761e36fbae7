import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The one way API routes are added. It records each (method, path) as it registers it, so a
/// test can hold the running server's routes against openapi.yaml in both directions.
struct APIRouteBook {
    static let prefix = "/api/v1"
    typealias Handler = @Sendable (Request, TrellisRequestContext) async throws -> Response

    private let router: RouterGroup<TrellisRequestContext>
    private let answers: EncodedAnswers
    private(set) var routes: [String] = []

    /// `router` is the API's group, behind `BearerAuthenticator`; `answers` keeps what reads sent.
    init(router: RouterGroup<TrellisRequestContext>, answers: EncodedAnswers) {
        (self.router, self.answers) = (router, answers)
    }

    /// `path` is relative to `/api/v1` and names parameters in braces, as OpenAPI does.
    mutating func on(_ method: HTTPRequest.Method, _ path: String, _ handler: @escaping Handler) {
        let fullPath = Self.prefix + path
        router.on(RouterPath(fullPath), method: method, use: handler)
        routes.append("\(method.rawValue) \(fullPath)")
    }

    /// A signed-in read: `answer` builds what the caller sees, sent as JSON, and not encoded
    /// again while it stays the same (see `EncodedAnswers`).
    mutating func read<Answer: Encodable & Equatable & Sendable>(
        _ path: String, _ answer: @escaping @Sendable (Request, TrellisRequestContext) async throws -> Answer
    ) {
        let answers = answers
        on(.get, path) { request, context in
            let value = try await answer(request, context)
            let key = EncodedAnswers.Key(viewer: try context.caller().id, address: request.uri.description)
            return JSONCoding.response(encoded: try answers.encoded(value, at: key))
        }
    }
}

extension Request {
    /// The token from `Authorization: Bearer <token>`, if the header is there and well-formed.
    var bearerToken: String? {
        guard let header = headers[.authorization], header.prefix(7).lowercased() == "bearer " else { return nil }
        let token = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }
}

extension Request {
    /// A whole-number query parameter in `range`, or `fallback` when it is not given.
    func number<Number: FixedWidthInteger>(
        _ name: String, default fallback: Number, in range: ClosedRange<Number> = 0...Number.max
    ) throws -> Number {
        guard let text = uri.queryParameters[Substring(name)] else { return fallback }
        guard let value = Number(String(text)), range.contains(value) else {
            let lower = String(range.lowerBound)
            let message =
                range.upperBound == Number.max
                ? say("refusals.api.wholeNumberOrMore", ["name": name, "lower": lower])
                : say(
                    "refusals.api.wholeNumberInRange",
                    ["name": name, "lower": lower, "upper": String(range.upperBound)])
            throw TrellisError.malformed(message, field: name)
        }
        return value
    }
}

extension Parameters {
    /// A path id as a typed identifier; anything malformed answers 404 like any unknown id.
    func identifier<Tag>(_ name: String, as type: Identifier<Tag>.Type) throws -> Identifier<Tag> {
        try Identifier<Tag>(require(name)).orNotFound()
    }

    func uuid(_ name: String) throws -> UUID {
        try UUID(uuidString: require(name)).orNotFound()
    }

    func day(_ name: String) throws -> Day {
        try Day(iso: try require(name)).orMalformed(say("refusals.api.dateLike", ["name": name]), field: name)
    }
}
