import Crypto
import Foundation
import Synchronization
import TrellisCore

/// Members' private keys this process holds in memory, each put here by a live session's token or
/// the password, and let go when their session ends, or after `idle` without a request of theirs.
/// Nothing else ever opens a private entry. Each time a member's key is put here anew, replaced or
/// let go, their generation changes, so state folded with the key open (`KeptFolds`) is not
/// served after it.
final class OpenPrivateKeys: Sendable {
    private struct Open {
        let key: SymmetricKey
        let generation: UInt64
        var used: ContinuousClock.Instant
    }

    private struct Table {
        var keys: [MemberID: Open] = [:]
        var next: UInt64 = 1
    }

    /// How long a key stays here after the last request that opened it.
    static let idle: Duration = .seconds(30 * 60)

    private let table = Mutex(Table())

    func key(of member: MemberID) -> SymmetricKey? { current(member)?.key }

    /// 0 while the member's key is not open here.
    func generation(of member: MemberID) -> UInt64 { current(member)?.generation ?? 0 }

    func open(_ key: SymmetricKey, of member: MemberID) {
        let now = ContinuousClock.now
        table.withLock { table in
            if let kept = table.keys[member], kept.key == key {
                table.keys[member]?.used = now
                return
            }
            table.keys[member] = Open(key: key, generation: table.next, used: now)
            table.next += 1
        }
    }

    func forget(_ member: MemberID) { _ = table.withLock { $0.keys.removeValue(forKey: member) } }

    private func current(_ member: MemberID) -> Open? {
        let now = ContinuousClock.now
        return table.withLock { table in
            guard let open = table.keys[member] else { return nil }
            guard now - open.used < Self.idle else {
                table.keys[member] = nil
                return nil
            }
            return open
        }
    }
}

/// A live session's secret as the server holds it while answering: the token the person sent,
/// and its hash, which is all the database keeps.
public struct SessionSecret: Sendable {
    public let token: String
    public let hash: [UInt8]

    public init(token: String, hash: [UInt8]) {
        self.token = token
        self.hash = hash
    }
}
