import Foundation
import Hummingbird
import NIOCore
import TrellisLanguage

/// Reading and writing JSON bodies, with refusals that say exactly what is wrong.
enum JSONCoding {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    /// Reads at most `RequestLimits.maximumBodyBytes` and decodes it; an absent body decodes as `{}`.
    /// A body must say it is JSON: anything else is refused unread (415).
    /// The body as `T`. It must be there unless every field of `T` is optional (`OptionalBody`).
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let buffer = try await RequestLimits.body(of: request)
        guard buffer.readableBytes == 0 || RequestLimits.mediaType(of: request) == "application/json" else {
            throw TrellisError.unsupportedMediaType("application/json")
        }
        guard buffer.readableBytes > 0 || T.self is any OptionalBody.Type else {
            throw TrellisError.malformed(say("refusals.json.bodyNeeded"))
        }
        let data = buffer.readableBytes == 0 ? Data("{}".utf8) : Data(buffer.readableBytesView)
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw explain(error)
        }
    }

    static func response<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        response(encoded: ByteBuffer(bytes: try encoder.encode(value)), status: status)
    }

    /// An answer already encoded as JSON.
    static func response(encoded bytes: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: bytes))
    }

    /// A body the route does not read, still checked to be JSON when one is sent.
    static func ignoreBody(of request: Request) async throws { _ = try await decode(Empty.self, from: request) }

    private static func explain(_ error: DecodingError) -> TrellisError {
        func name(_ path: [any CodingKey], _ key: (any CodingKey)? = nil) -> String {
            (path + (key.map { [$0] } ?? [])).map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let field = name(context.codingPath, key)
            return .malformed(say("refusals.json.missing", ["field": field]), field: field)
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            let field = name(context.codingPath)
            return .malformed(mustBe(type, field), field: field.isEmpty ? nil : field)
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            let field = name(context.codingPath)
            return .malformed(say("refusals.json.unreadable", ["field": field]), field: field)
        default:
            return .malformed(say("refusals.json.invalid"))
        }
    }

    /// What `field` must hold, as a whole sentence for each kind of value.
    private static func mustBe(_ type: Any.Type, _ field: String) -> String {
        switch type {
        case is String.Type: say("refusals.json.mustBeString", ["field": field])
        case is Bool.Type: say("refusals.json.mustBeBool", ["field": field])
        case is Int64.Type, is Int.Type: say("refusals.json.mustBeWholeNumber", ["field": field])
        default: say("refusals.json.mustBeObject", ["field": field])
        }
    }
}

/// A request type whose fields are all optional: its body may be left out.
protocol OptionalBody {}

/// No fields: a step named entirely by its address. A body, if sent, must still be an object.
struct Empty: Decodable, Sendable, OptionalBody {
    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws { _ = try decoder.container(keyedBy: AnyKey.self) }
}
