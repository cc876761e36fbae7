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
        var swept: ContinuousClock.Instant?
    }

    /// How long a key stays here after the last request that opened it. Shorter than a session's
    /// idle limit on purpose: the session's next request opens the key again from its wrap, so
    /// this only bounds how long a quiet member's key sits in memory.
    private let idle: Duration
    private let now: @Sendable () -> ContinuousClock.Instant
    private let table = Mutex(Table())

    init(idle: Duration = .seconds(30 * 60), now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
        self.idle = idle
        self.now = now
    }

    func key(of member: MemberID) -> SymmetricKey? { current(member)?.key }

    /// 0 while the member's key is not open here.
    func generation(of member: MemberID) -> UInt64 { current(member)?.generation ?? 0 }

    /// How many members' keys are in memory now.
    var count: Int { table.withLock { $0.keys.count } }

    func open(_ key: SymmetricKey, of member: MemberID) {
        let now = now()
        table.withLock { table in
            // Quiet members' keys go even if nobody asks for them again (once a minute at most).
            if table.swept.map({ now - $0 > .seconds(60) }) ?? true {
                table.keys = table.keys.filter { now - $0.value.used < idle }
                table.swept = now
            }
            if let kept = table.keys[member], kept.key == key, now - kept.used < idle {
                table.keys[member]?.used = now
                return
            }
            table.keys[member] = Open(key: key, generation: table.next, used: now)
            table.next += 1
        }
    }

    /// Opens the key a signed-in session's wrap holds (see `PrivateKeyStore.openPrivateKey`).
    func open(_ signedIn: SignedIn, session: SessionSecret) -> Bool {
        let member = signedIn.account.id
        switch signedIn.privateKey {
        case .noKeyOfTheirOwn:
            return true
        case .wrapped(let wrap):
            guard let wrap, let key = try? PrivateKeySeal.openBySession(wrap, token: session.token, member: member)
            else {
                forget(member)
                return false
            }
            open(key, of: member)
            return true
        }
    }

    func forget(_ member: MemberID) { _ = table.withLock { $0.keys.removeValue(forKey: member) } }

    private func current(_ member: MemberID) -> Open? {
        let now = now()
        return table.withLock { table in
            guard let open = table.keys[member] else { return nil }
            guard now - open.used < idle else {
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
