import Foundation
import TrellisCore

/// The plaintext of a stored event, before sealing: one byte naming the format, then the payload.
///
/// Format 2, written now, is the payload's pinned JSON (`EventFormat.swift` in TrellisCore) after
/// its length (four bytes, big-endian), padded with zeros to one of a few fixed sizes: whoever
/// holds the database sees only that an entry was written and when, not from its size what kind
/// it is (an urge and a check-in, a short journal day and a long one, look alike). Format 1 is the
/// same JSON unpadded, as written before; bodies from before the format was pinned have no such
/// byte (they begin with `{`) and are read through `LegacyEventBody`. A future format gets the
/// next byte; every format ever written stays readable.
package enum EventBody {
    static let pinnedJSON: UInt8 = 1
    static let paddedJSON: UInt8 = 2
    /// What a body is padded up to; beyond the last, the next multiple of it.
    static let sizes = [256, 1024, 4096, 16_384]

    package static func encode(_ payload: EventPayload) throws -> Data {
        let json = try encoder.encode(payload)
        var body = Data([paddedJSON])
        body.append(contentsOf: withUnsafeBytes(of: UInt32(json.count).bigEndian, Array.init))
        body.append(json)
        body.append(Data(count: paddedSize(body.count) - body.count))
        return body
    }

    static func paddedSize(_ count: Int) -> Int {
        let largest = sizes[sizes.count - 1]
        return sizes.first { $0 >= count } ?? (count + largest - 1) / largest * largest
    }

    package static func decode(_ body: Data, with decoder: JSONDecoder) throws -> EventPayload {
        switch body.first {
        case paddedJSON:
            return try decoder.decode(EventPayload.self, from: try json(ofPadded: body))
        case pinnedJSON:
            return try decoder.decode(EventPayload.self, from: body.dropFirst())
        case UInt8(ascii: "{"):
            guard let upcast = LegacyEventBody.upcast(body) else { throw StoreError.unreadable }
            return try decoder.decode(EventPayload.self, from: upcast)
        default:
            throw StoreError.unreadable
        }
    }

    /// The pinned JSON inside a padded body.
    static func json(ofPadded body: Data) throws -> Data {
        let bytes = [UInt8](body)
        guard bytes.count >= 5 else { throw StoreError.unreadable }
        let length = bytes[1..<5].reduce(0) { $0 << 8 | Int($1) }
        guard 5 + length <= bytes.count else { throw StoreError.unreadable }
        return Data(bytes[5..<(5 + length)])
    }

    /// Sorted keys: the same payload always makes the same bytes.
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
