import Crypto
import Foundation
import Synchronization

/// Data keys already unwrapped, so an append or a read does not open the same wrapped key again.
/// Bounded: when full it starts over, which costs one unwrap per key in use.
final class UnwrappedKeys: Sendable {
    static let capacity = 20_000

    private let keys = Mutex<[String: (wrapped: Data, key: SymmetricKey)]>([:])

    package func key(for owner: String, wrapped: Data) -> SymmetricKey? {
        keys.withLock { keys in
            guard let kept = keys[owner], kept.wrapped == wrapped else { return nil }
            return kept.key
        }
    }

    package func forget(_ owner: String) {
        _ = keys.withLock { keys in keys.removeValue(forKey: owner) }
    }

    func keep(_ key: SymmetricKey, for owner: String, wrapped: Data) {
        keys.withLock { keys in
            if keys.count >= Self.capacity { keys.removeAll(keepingCapacity: true) }
            keys[owner] = (wrapped, key)
        }
    }
}
