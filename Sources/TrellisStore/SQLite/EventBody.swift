import Foundation
import TrellisCore

/// The plaintext of a stored event, before sealing: one byte naming the format, then the payload.
///
/// Format 1 is the payload's pinned JSON (`EventFormat.swift` in TrellisCore). Bodies written
/// before the format was pinned have no such byte (they begin with `{`) and are read through
/// `LegacyEventBody`. A future format gets the next byte; every format ever written stays readable.
enum EventBody {
    static let pinnedJSON: UInt8 = 1

    static func encode(_ payload: EventPayload) throws -> Data {
        var body = Data([pinnedJSON])
        body.append(try encoder.encode(payload))
        return body
    }

    static func decode(_ body: Data, with decoder: JSONDecoder) throws -> EventPayload {
        switch body.first {
        case pinnedJSON:
            return try decoder.decode(EventPayload.self, from: body.dropFirst())
        case UInt8(ascii: "{"):
            guard let upcast = LegacyEventBody.upcast(body) else { throw StoreError.unreadable }
            return try decoder.decode(EventPayload.self, from: upcast)
        default:
            throw StoreError.unreadable
        }
    }

    /// Sorted keys: the same payload always makes the same bytes.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
