import Foundation
import TrellisCore

/// Decodes any `Decodable` from the compact format (`CompactFormat`), reading the bytes where
/// they lie: nothing is parsed before it is asked for, and a container asked for its keys in the
/// order they were written (as synthesized `Codable` does) finds each without searching.
/// Coding paths are not kept (an unreadable snapshot is simply not used).
package enum CompactDecoder {
    package static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        let reader = try Reader(bytes)
        return try reader.decode(type, at: reader.body)
    }

    fileprivate typealias Tag = CompactFormat.Tag

    fileprivate final class Reader {
        let bytes: [UInt8]
        let names: [String]
        let body: Int

        init(_ bytes: [UInt8]) throws {
            self.bytes = bytes
            guard bytes.starts(with: CompactFormat.magic), bytes.count > 4, bytes[4] == CompactFormat.version else {
                throw Self.corrupt("not a compact snapshot of version \(CompactFormat.version)")
            }
            var at = 5
            var names: [String] = []
            for _ in 0..<(try Self.size(bytes, &at)) {
                let length = try Self.size(bytes, &at)
                guard length <= bytes.count - at else { throw Self.corrupt("a key runs past the end") }
                names.append(String(decoding: bytes[at..<at + length], as: UTF8.self))
                at += length
            }
            (self.names, body) = (names, at)
        }

        static func corrupt(_ why: String) -> DecodingError {
            .dataCorrupted(.init(codingPath: [], debugDescription: why))
        }

        static func varint(_ bytes: [UInt8], _ at: inout Int) throws -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while at < bytes.count, shift < 64 {
                let byte = bytes[at]
                at += 1
                value |= UInt64(byte & 0x7f) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            throw corrupt("a number runs past the end")
        }

        /// A count, a length or an index: never more than there are bytes.
        static func size(_ bytes: [UInt8], _ at: inout Int) throws -> Int {
            let value = try varint(bytes, &at)
            guard value <= bytes.count else { throw corrupt("a size past the end") }
            return Int(value)
        }

        func varint(_ at: inout Int) throws -> UInt64 { try Self.varint(bytes, &at) }
        func size(_ at: inout Int) throws -> Int { try Self.size(bytes, &at) }

        func tag(at offset: Int) throws -> Tag {
            guard offset < bytes.count, let tag = Tag(rawValue: bytes[offset]) else { throw Self.corrupt("no value") }
            return tag
        }

        func fixed<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) throws -> T {
            let size = MemoryLayout<T>.size
            guard offset >= 0, size <= bytes.count - offset else { throw Self.corrupt("a value runs past the end") }
            var value: T = 0
            for index in (0..<size).reversed() { value = value << 8 | T(bytes[offset + index]) }
            return value
        }

        /// Where the value at `offset` ends: containers say their length, so this never descends.
        func end(ofValueAt offset: Int) throws -> Int {
            var at = offset + 1
            switch try tag(at: offset) {
            case .null, .false, .true: return at
            case .signed, .unsigned, .day: _ = try varint(&at)
            case .double: at += 8
            case .float: at += 4
            case .uuid: at += 16
            case .string: at += try size(&at)
            case .keyed, .unkeyed: at += 4 + Int(try fixed(UInt32.self, at: at))
            }
            guard at <= bytes.count else { throw Self.corrupt("a value runs past the end") }
            return at
        }

        /// A container's entries: where the first starts, and how many there are.
        func entries(of tag: Tag, at offset: Int) throws -> (start: Int, count: Int) {
            guard try self.tag(at: offset) == tag else { throw mismatch(tag == .keyed ? "an object" : "a list") }
            var at = offset + 5
            let count = try size(&at)
            return (at, count)
        }

        func mismatch(_ expected: String) -> DecodingError {
            .typeMismatch(Any.self, .init(codingPath: [], debugDescription: "expected \(expected)"))
        }

        /// Decided by the type's identity: cheaper than a cast, asked for every value.
        func decode<T: Decodable>(_ type: T.Type, at offset: Int) throws -> T {
            switch ObjectIdentifier(type) {
            case ObjectIdentifier(String.self): return try string(at: offset) as! T
            case ObjectIdentifier(UUID.self): return try uuid(at: offset) as! T
            case ObjectIdentifier(Day.self): return try day(at: offset) as! T
            case ObjectIdentifier(Bool.self): return try bool(at: offset) as! T
            case ObjectIdentifier(Int.self): return try integer(Int.self, at: offset) as! T
            case ObjectIdentifier(Int64.self): return try integer(Int64.self, at: offset) as! T
            case ObjectIdentifier(Double.self): return try double(at: offset) as! T
            case ObjectIdentifier(Int8.self): return try integer(Int8.self, at: offset) as! T
            case ObjectIdentifier(Int16.self): return try integer(Int16.self, at: offset) as! T
            case ObjectIdentifier(Int32.self): return try integer(Int32.self, at: offset) as! T
            case ObjectIdentifier(UInt.self): return try integer(UInt.self, at: offset) as! T
            case ObjectIdentifier(UInt8.self): return try integer(UInt8.self, at: offset) as! T
            case ObjectIdentifier(UInt16.self): return try integer(UInt16.self, at: offset) as! T
            case ObjectIdentifier(UInt32.self): return try integer(UInt32.self, at: offset) as! T
            case ObjectIdentifier(UInt64.self): return try integer(UInt64.self, at: offset) as! T
            case ObjectIdentifier(Float.self): return try float(at: offset) as! T
            default: return try T(from: ValueDecoder(reader: self, offset: offset))
            }
        }

        func string(at offset: Int) throws -> String {
            guard try tag(at: offset) == .string else { throw mismatch("a string") }
            var at = offset + 1
            let length = try size(&at)
            guard length <= bytes.count - at else { throw Self.corrupt("a string runs past the end") }
            return String(decoding: bytes[at..<at + length], as: UTF8.self)
        }

        func uuid(at offset: Int) throws -> UUID {
            guard try tag(at: offset) == .uuid, offset + 17 <= bytes.count else { throw mismatch("a UUID") }
            let b = bytes[offset + 1..<offset + 17].map { $0 }
            return UUID(
                uuid: (
                    b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]
                ))
        }

        func day(at offset: Int) throws -> Day {
            guard try tag(at: offset) == .day else { throw mismatch("a day") }
            var at = offset + 1
            guard let days = Int(exactly: CompactFormat.unzigzag(try varint(&at))) else {
                throw Self.corrupt("a day out of range")
            }
            return Day(daysSinceEpoch: days)
        }

        func bool(at offset: Int) throws -> Bool {
            switch try tag(at: offset) {
            case .true: true
            case .false: false
            default: throw mismatch("true or false")
            }
        }

        func integer<T: FixedWidthInteger>(_ type: T.Type, at offset: Int) throws -> T {
            var at = offset + 1
            let value: T? =
                switch try tag(at: offset) {
                case .signed: T(exactly: CompactFormat.unzigzag(try varint(&at)))
                case .unsigned: T(exactly: try varint(&at))
                default: throw mismatch("a whole number")
                }
            guard let value else { throw Self.corrupt("a number out of range") }
            return value
        }

        func double(at offset: Int) throws -> Double {
            guard try tag(at: offset) == .double else { throw mismatch("a number") }
            return Double(bitPattern: try fixed(UInt64.self, at: offset + 1))
        }

        func float(at offset: Int) throws -> Float {
            guard try tag(at: offset) == .float else { throw mismatch("a number") }
            return Float(bitPattern: try fixed(UInt32.self, at: offset + 1))
        }
    }

    fileprivate struct ValueDecoder: Decoder {
        let reader: Reader
        let offset: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
            let (start, count) = try reader.entries(of: .keyed, at: offset)
            return KeyedDecodingContainer(Keyed(reader: reader, place: Place(start: start, count: count)))
        }

        func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
            let (start, count) = try reader.entries(of: .unkeyed, at: offset)
            return Unkeyed(reader: reader, offset: start, count: count)
        }

        func singleValueContainer() throws -> any SingleValueDecodingContainer {
            Single(reader: reader, offset: offset)
        }
    }

    /// Where a keyed container's reading stands: the entry expected next.
    fileprivate final class Place {
        let start: Int
        let count: Int
        var next: Int
        var index = 0

        init(start: Int, count: Int) { (self.start, self.count, next) = (start, count, start) }
    }

    fileprivate struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let reader: Reader
        let place: Place
        var codingPath: [any CodingKey] { [] }

        var allKeys: [Key] {
            var keys: [Key] = []
            var at = place.start
            for _ in 0..<place.count {
                guard let index = try? reader.size(&at), index < reader.names.count,
                    let end = try? reader.end(ofValueAt: at)
                else { return keys }
                if let key = Key(stringValue: reader.names[index]) { keys.append(key) }
                at = end
            }
            return keys
        }

        func contains(_ key: Key) -> Bool { (try? find(key)) != nil }

        /// Where the value for `key` starts: the next entry when it is that key, else found by
        /// stepping over the entries from the first.
        func find(_ key: Key) throws -> Int? {
            let name = key.stringValue
            if place.index < place.count {
                var at = place.next
                let index = try reader.size(&at)
                if index < reader.names.count, reader.names[index] == name {
                    place.index += 1
                    place.next = try reader.end(ofValueAt: at)
                    return at
                }
            }
            var at = place.start
            for entry in 0..<place.count {
                let index = try reader.size(&at)
                let end = try reader.end(ofValueAt: at)
                if index < reader.names.count, reader.names[index] == name {
                    (place.index, place.next) = (entry + 1, end)
                    return at
                }
                at = end
            }
            return nil
        }

        func require(_ key: Key) throws -> Int {
            guard let offset = try find(key) else {
                throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no such key"))
            }
            return offset
        }

        /// Where a value that is there and not nil starts.
        func present(_ key: Key) throws -> Int? {
            guard let offset = try find(key), try reader.tag(at: offset) != .null else { return nil }
            return offset
        }

        func decodeNil(forKey key: Key) throws -> Bool { try reader.tag(at: try require(key)) == .null }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
            try reader.decode(type, at: try require(key))
        }
        func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader.decode(type, at: try require(key)) }
        func decode(_ type: String.Type, forKey key: Key) throws -> String {
            try reader.decode(type, at: try require(key))
        }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
            try reader.decode(type, at: try require(key))
        }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
            try reader.decode(type, at: try require(key))
        }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader.decode(type, at: try require(key)) }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.decode(type, at: try require(key)) }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
            try reader.decode(type, at: try require(key))
        }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
            try reader.decode(type, at: try require(key))
        }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
            try reader.decode(type, at: try require(key))
        }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.decode(type, at: try require(key)) }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
            try reader.decode(type, at: try require(key))
        }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
            try reader.decode(type, at: try require(key))
        }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
            try reader.decode(type, at: try require(key))
        }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
            try reader.decode(type, at: try require(key))
        }
        func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
            try present(key).map { try reader.decode(type, at: $0) }
        }
        func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
            try present(key).map { try reader.decode(type, at: $0) }
        }

        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            try ValueDecoder(reader: reader, offset: try require(key)).container(keyedBy: type)
        }

        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try ValueDecoder(reader: reader, offset: try require(key)).unkeyedContainer()
        }

        func superDecoder() throws -> any Decoder {
            guard let key = Key(stringValue: "super") else { throw Reader.corrupt("no super") }
            return try superDecoder(forKey: key)
        }

        func superDecoder(forKey key: Key) throws -> any Decoder {
            ValueDecoder(reader: reader, offset: try require(key))
        }
    }

    fileprivate struct Unkeyed: UnkeyedDecodingContainer {
        let reader: Reader
        var offset: Int
        let count: Int?
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var isAtEnd: Bool { currentIndex >= count ?? 0 }

        init(reader: Reader, offset: Int, count: Int) {
            (self.reader, self.offset, self.count) = (reader, offset, count)
        }

        /// The next value's place, stepping past it.
        mutating func next() throws -> Int {
            guard !isAtEnd else {
                throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "at the end"))
            }
            let start = offset
            offset = try reader.end(ofValueAt: start)
            currentIndex += 1
            return start
        }

        mutating func decodeNil() throws -> Bool {
            guard !isAtEnd, try reader.tag(at: offset) == .null else { return false }
            _ = try next()
            return true
        }

        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: Bool.Type) throws -> Bool { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: String.Type) throws -> String { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: Double.Type) throws -> Double { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: Float.Type) throws -> Float { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: Int.Type) throws -> Int { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: Int8.Type) throws -> Int8 { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: Int16.Type) throws -> Int16 { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: Int32.Type) throws -> Int32 { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: Int64.Type) throws -> Int64 { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: UInt.Type) throws -> UInt { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.decode(type, at: try next()) }
        mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.decode(type, at: try next()) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            try ValueDecoder(reader: reader, offset: try next()).container(keyedBy: type)
        }

        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            try ValueDecoder(reader: reader, offset: try next()).unkeyedContainer()
        }

        mutating func superDecoder() throws -> any Decoder { ValueDecoder(reader: reader, offset: try next()) }
    }

    fileprivate struct Single: SingleValueDecodingContainer {
        let reader: Reader
        let offset: Int
        var codingPath: [any CodingKey] { [] }

        func decodeNil() -> Bool { (try? reader.tag(at: offset)) == .null }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try reader.decode(type, at: offset) }
        func decode(_ type: Bool.Type) throws -> Bool { try reader.decode(type, at: offset) }
        func decode(_ type: String.Type) throws -> String { try reader.decode(type, at: offset) }
        func decode(_ type: Double.Type) throws -> Double { try reader.decode(type, at: offset) }
        func decode(_ type: Float.Type) throws -> Float { try reader.decode(type, at: offset) }
        func decode(_ type: Int.Type) throws -> Int { try reader.decode(type, at: offset) }
        func decode(_ type: Int8.Type) throws -> Int8 { try reader.decode(type, at: offset) }
        func decode(_ type: Int16.Type) throws -> Int16 { try reader.decode(type, at: offset) }
        func decode(_ type: Int32.Type) throws -> Int32 { try reader.decode(type, at: offset) }
        func decode(_ type: Int64.Type) throws -> Int64 { try reader.decode(type, at: offset) }
        func decode(_ type: UInt.Type) throws -> UInt { try reader.decode(type, at: offset) }
        func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.decode(type, at: offset) }
        func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.decode(type, at: offset) }
        func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.decode(type, at: offset) }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.decode(type, at: offset) }
    }
}
