import Foundation
import Hummingbird
import NIOCore

/// What a request body may be: its size, and how to read what it says it is.
enum RequestLimits {
    /// Bodies above this size are refused unread (documented in openapi.yaml and the README).
    static let maximumBodyBytes = 64 * 1024

    /// The request's body, at most `maximumBodyBytes` of it.
    static func body(of request: Request) async throws -> ByteBuffer {
        do {
            return try await request.body.collect(upTo: maximumBodyBytes)
        } catch is NIOTooManyBytesError {
            throw TrellisError.bodyTooLarge
        }
    }

    /// The body's media type, lower-cased, without parameters ("application/json; charset=utf-8"
    /// is "application/json").
    static func mediaType(of request: Request) -> String? {
        request.headers[.contentType].map {
            $0.prefix { $0 != ";" }.trimmingCharacters(in: .whitespaces).lowercased()
        }
    }
}
