import Foundation
import TrellisCore

/// Encodes any `Encodable` in the compact format (`CompactFormat`). The value is first gathered
/// as a tree, then written out with every coding key's name once.
package enum CompactEncoder {
    package static func encode(_ value: some Encodable) throws -> [UInt8] {
        let root = try Value.of(value)
        var names = KeyNames()
        var body: [UInt8] = []
        root.write(into: &body, names: &names)
        var bytes = CompactFormat.magic + [CompactFormat.version]
        CompactFormat.append(varint: UInt64(names.list.count), to: &bytes)
        for name in names.list {
            CompactFormat.append(varint: UInt64(name.utf8.count), to: &bytes)
            bytes += name.utf8
        }
        return bytes + body
    }

    /// One encoded value: scalars inline, anything else a node filled by its own `encode(to:)`.
    fileprivate enum Value {
        case null
        case bool(Bool)
        case signed(Int64)
        case unsigned(UInt64)
        case double(Double)
        case float(Float)
        case string(String)
        case uuid(UUID)
        case day(Day)
        case node(Node)

        /// Decided by the type, not by casting the value: a cast copies the value into a box to try.
        static func of<T: Encodable>(_ value: T) throws -> Value {
            switch ObjectIdentifier(T.self) {
            case ObjectIdentifier(String.self): return .string(value as! String)
            case ObjectIdentifier(UUID.self): return .uuid(value as! UUID)
            case ObjectIdentifier(Day.self): return .day(value as! Day)
            case ObjectIdentifier(Bool.self): return .bool(value as! Bool)
            case ObjectIdentifier(Int.self): return .signed(Int64(value as! Int))
            case ObjectIdentifier(Int64.self): return .signed(value as! Int64)
            case ObjectIdentifier(Double.self): return .double(value as! Double)
            case ObjectIdentifier(Int32.self): return .signed(Int64(value as! Int32))
            case ObjectIdentifier(Int16.self): return .signed(Int64(value as! Int16))
            case ObjectIdentifier(Int8.self): return .signed(Int64(value as! Int8))
            case ObjectIdentifier(UInt.self): return .unsigned(UInt64(value as! UInt))
            case ObjectIdentifier(UInt64.self): return .unsigned(value as! UInt64)
            case ObjectIdentifier(UInt32.self): return .unsigned(UInt64(value as! UInt32))
            case ObjectIdentifier(UInt16.self): return .unsigned(UInt64(value as! UInt16))
            case ObjectIdentifier(UInt8.self): return .unsigned(UInt64(value as! UInt8))
            case ObjectIdentifier(Float.self): return .float(value as! Float)
            default:
                let node = Node()
                try value.encode(to: NodeEncoder(node: node))
                return .node(node)
            }
        }

        func write(into bytes: inout [UInt8], names: inout KeyNames) {
            func tag(_ tag: CompactFormat.Tag) { bytes.append(tag.rawValue) }
            switch self {
            case .null: tag(.null)
            case .bool(let flag): tag(flag ? .true : .false)
            case .signed(let number):
                tag(.signed)
                CompactFormat.append(varint: CompactFormat.zigzag(number), to: &bytes)
            case .unsigned(let number):
                tag(.unsigned)
                CompactFormat.append(varint: number, to: &bytes)
            case .double(let number):
                tag(.double)
                withUnsafeBytes(of: number.bitPattern.littleEndian) { bytes += $0 }
            case .float(let number):
                tag(.float)
                withUnsafeBytes(of: number.bitPattern.littleEndian) { bytes += $0 }
            case .string(let text):
                tag(.string)
                CompactFormat.append(varint: UInt64(text.utf8.count), to: &bytes)
                bytes += text.utf8
            case .uuid(let uuid):
                tag(.uuid)
                withUnsafeBytes(of: uuid.uuid) { bytes += $0 }
            case .day(let day):
                tag(.day)
                CompactFormat.append(varint: CompactFormat.zigzag(Int64(day.daysSinceEpoch)), to: &bytes)
            case .node(let node): node.write(into: &bytes, names: &names)
            }
        }
    }

    /// A value whose `encode(to:)` chose a container (or a single value, or nothing at all).
    fileprivate final class Node {
        enum Kind { case empty, single, keyed, unkeyed }
        var kind = Kind.empty
        var keys: [String] = []
        var values: [Value] = []

        func write(into bytes: inout [UInt8], names: inout KeyNames) {
            switch kind {
            case .single: values[0].write(into: &bytes, names: &names)
            case .empty, .keyed, .unkeyed:
                bytes.append((kind == .unkeyed ? CompactFormat.Tag.unkeyed : .keyed).rawValue)
                let start = bytes.count
                bytes += [0, 0, 0, 0]
                CompactFormat.append(varint: UInt64(values.count), to: &bytes)
                for (index, value) in values.enumerated() {
                    if kind != .unkeyed { CompactFormat.append(varint: UInt64(names.index(keys[index])), to: &bytes) }
                    value.write(into: &bytes, names: &names)
                }
                withUnsafeBytes(of: UInt32(bytes.count - start - 4).littleEndian) {
                    bytes.replaceSubrange(start..<start + 4, with: $0)
                }
            }
        }

        func become(_ kind: Kind) {
            guard self.kind != kind else { return }
            (self.kind, keys, values) = (kind, [], [])
        }
    }

    fileprivate struct KeyNames {
        var list: [String] = []
        var indices: [String: Int] = [:]

        mutating func index(_ name: String) -> Int {
            if let index = indices[name] { return index }
            list.append(name)
            indices[name] = list.count - 1
            return list.count - 1
        }
    }

    fileprivate struct NodeEncoder: Encoder {
        let node: Node
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            node.become(.keyed)
            return KeyedEncodingContainer(Keyed(node: node))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            node.become(.unkeyed)
            return Unkeyed(node: node)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { Single(node: node) }
    }

    fileprivate struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil(forKey key: Key) throws { add(.null, key) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { add(try .of(value), key) }
        // Absent values are written as nil, so a reader finds every key where it was encoded (the
        // protocol's own `encodeIfPresent`s leave the key out).
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encode(_ value: Bool, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: String, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: Double, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: Float, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: Int, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { add(try .of(value), key) }
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws {
            add(try value.map { try .of($0) } ?? .null, key)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        {
            NodeEncoder(node: child(key)).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            NodeEncoder(node: child(key)).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { NodeEncoder(node: child(name: "super")) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { NodeEncoder(node: child(key)) }

        private func add(_ value: Value, _ key: Key) {
            node.keys.append(key.stringValue)
            node.values.append(value)
        }

        private func child(_ key: Key) -> Node { child(name: key.stringValue) }

        private func child(name: String) -> Node {
            let child = Node()
            node.keys.append(name)
            node.values.append(.node(child))
            return child
        }
    }

    fileprivate struct Unkeyed: UnkeyedEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }
        var count: Int { node.values.count }

        mutating func encodeNil() throws { node.values.append(.null) }
        mutating func encode<T: Encodable>(_ value: T) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: Bool) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: String) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: Double) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: Float) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: Int) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: Int8) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: Int16) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: Int32) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: Int64) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: UInt) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: UInt8) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: UInt16) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: UInt32) throws { node.values.append(try .of(value)) }
        mutating func encode(_ value: UInt64) throws { node.values.append(try .of(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
            -> KeyedEncodingContainer<NestedKey>
        {
            NodeEncoder(node: child()).container(keyedBy: keyType)
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            NodeEncoder(node: child()).unkeyedContainer()
        }

        mutating func superEncoder() -> any Encoder { NodeEncoder(node: child()) }

        private func child() -> Node {
            let child = Node()
            node.values.append(.node(child))
            return child
        }
    }

    fileprivate struct Single: SingleValueEncodingContainer {
        let node: Node
        var codingPath: [any CodingKey] { [] }

        mutating func encodeNil() throws { set(.null) }
        mutating func encode<T: Encodable>(_ value: T) throws { set(try .of(value)) }
        mutating func encode(_ value: Bool) throws { set(try .of(value)) }
        mutating func encode(_ value: String) throws { set(try .of(value)) }
        mutating func encode(_ value: Double) throws { set(try .of(value)) }
        mutating func encode(_ value: Float) throws { set(try .of(value)) }
        mutating func encode(_ value: Int) throws { set(try .of(value)) }
        mutating func encode(_ value: Int8) throws { set(try .of(value)) }
        mutating func encode(_ value: Int16) throws { set(try .of(value)) }
        mutating func encode(_ value: Int32) throws { set(try .of(value)) }
        mutating func encode(_ value: Int64) throws { set(try .of(value)) }
        mutating func encode(_ value: UInt) throws { set(try .of(value)) }
        mutating func encode(_ value: UInt8) throws { set(try .of(value)) }
        mutating func encode(_ value: UInt16) throws { set(try .of(value)) }
        mutating func encode(_ value: UInt32) throws { set(try .of(value)) }
        mutating func encode(_ value: UInt64) throws { set(try .of(value)) }

        private func set(_ value: Value) {
            node.become(.single)
            node.values = [value]
        }
    }
}
