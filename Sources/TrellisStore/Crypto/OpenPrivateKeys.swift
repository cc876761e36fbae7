import Crypto
import Foundation
import Synchronization
import TrellisCore

/// Members' private keys this process holds in memory, each put here by a live session's token or
/// the password, and let go when their session ends. Nothing else ever opens a private entry.
/// Each time a member's key is put here anew, replaced or let go, their generation changes, so
/// state folded with the key open (`KeptFolds`) is not served after it.
final class OpenPrivateKeys: Sendable {
    private struct Table {
        var keys: [MemberID: (key: SymmetricKey, generation: UInt64)] = [:]
        var next: UInt64 = 1
    }

    private let table = Mutex(Table())

    func key(of member: MemberID) -> SymmetricKey? { table.withLock { $0.keys[member]?.key } }

    /// 0 while the member's key is not open here.
    func generation(of member: MemberID) -> UInt64 { table.withLock { $0.keys[member]?.generation ?? 0 } }

    func open(_ key: SymmetricKey, of member: MemberID) {
        table.withLock { table in
            if let kept = table.keys[member], kept.key == key { return }
            table.keys[member] = (key, table.next)
            table.next += 1
        }
    }

    func forget(_ member: MemberID) { _ = table.withLock { $0.keys.removeValue(forKey: member) } }
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
