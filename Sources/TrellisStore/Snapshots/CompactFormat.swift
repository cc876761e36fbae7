/// The compact format of a snapshot, version 1: what the encoder writes and the decoder reads.
///
///     snapshot  = "TRSN" version(1 byte) varint(key count) key* value
///     key       = varint(byte count) UTF-8         (a coding key's name, each written once)
///     value     = tag payload
///
/// | tag | value | payload |
/// |---|---|---|
/// | 0 | nil | none |
/// | 1, 2 | false, true | none |
/// | 3 | signed integer | zigzag varint |
/// | 4 | unsigned integer | varint |
/// | 5 | Double | 8 bytes, its bits little-endian |
/// | 6 | Float | 4 bytes, its bits little-endian |
/// | 7 | String | varint(byte count) UTF-8 |
/// | 8 | keyed container | 4-byte little-endian byte length, varint(count), (varint(key index) value)* |
/// | 9 | unkeyed container | 4-byte little-endian byte length, varint(count), value* |
/// | 10 | UUID | 16 bytes |
/// | 11 | `Day` | days since 1970-01-01, zigzag varint (its `Codable` form is text, slow to read) |
///
/// A container's byte length (after those four bytes) lets a reader step over what it does not
/// ask for. Entries come in the order they were encoded, and a nil is written rather than left
/// out, so decoding in the order of encoding (what synthesized `Codable` does) never searches.
enum CompactFormat {
    static let magic: [UInt8] = Array("TRSN".utf8)
    static let version: UInt8 = 1

    enum Tag: UInt8 {
        case null = 0
        case `false`, `true`, signed, unsigned, double, float, string, keyed, unkeyed, uuid, day
    }

    static func append(varint value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    static func zigzag(_ value: Int64) -> UInt64 { UInt64(bitPattern: (value << 1) ^ (value >> 63)) }
    static func unzigzag(_ value: UInt64) -> Int64 { Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1) }
}
