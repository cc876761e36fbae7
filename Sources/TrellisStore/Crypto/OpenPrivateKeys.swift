import Crypto
import Foundation
import Synchronization
import TrellisCore

/// Members' private keys this process holds in memory, each put here by a live session's token or
/// the password, and let go when their session ends. Nothing else ever opens a private entry.
final class OpenPrivateKeys: Sendable {
    private let keys = Mutex<[MemberID: SymmetricKey]>([:])

    func key(of member: MemberID) -> SymmetricKey? { keys.withLock { $0[member] } }
    func open(_ key: SymmetricKey, of member: MemberID) { keys.withLock { $0[member] = key } }
    func forget(_ member: MemberID) { _ = keys.withLock { $0.removeValue(forKey: member) } }
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
