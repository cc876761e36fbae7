import Crypto
import Synchronization
import TrellisCore

/// Couples' data keys this process has unwrapped, kept so the frequent append and every read of
/// events need not read and unwrap them again. A couple's key never changes once made (a couple
/// that goes takes its key with it, and its id is never used again). Bounded: past `capacity`,
/// all are let go and unwrapped again as they come.
final class OpenCoupleKeys: Sendable {
    private let keys = Mutex<[CoupleID: SymmetricKey]>([:])
    let capacity: Int

    init(capacity: Int = 10_000) { self.capacity = max(1, capacity) }

    subscript(couple: CoupleID) -> SymmetricKey? { keys.withLock { $0[couple] } }

    func keep(_ key: SymmetricKey, of couple: CoupleID) {
        keys.withLock { keys in
            if keys.count >= capacity, keys[couple] == nil { keys = [:] }
            keys[couple] = key
        }
    }

    func forget(_ couple: CoupleID) { _ = keys.withLock { $0.removeValue(forKey: couple) } }
}
