import Crypto
import Foundation
import Synchronization
import TrellisCore

/// Members' private keys this process holds in memory, each put here by a live session's token or
/// the password, and let go when their session ends, or after `idle` without a request of theirs.
/// Nothing else ever opens a private entry. Each time a member's key is put here anew, replaced or
/// let go, their generation changes, so state folded with the key open (`KeptFolds`) is not
/// served after it.
package final class OpenPrivateKeys: Sendable {
    private struct Open {
        package let key: SymmetricKey
        package let generation: UInt64
        var used: ContinuousClock.Instant
    }

    private struct Table {
        package var keys: [MemberID: Open] = [:]
        var next: UInt64 = 1
        var swept: ContinuousClock.Instant?
        /// When each member's key was last put here anew or let go on purpose (log-out, reset,
        /// recovery), as a count of `next`, kept a minute: a session read before then is stale.
        var changed: [MemberID: (at: UInt64, when: ContinuousClock.Instant)] = [:]
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

    package func key(of member: MemberID) -> SymmetricKey? { current(member)?.key }

    /// 0 while the member's key is not open here.
    package func generation(of member: MemberID) -> UInt64 { current(member)?.generation ?? 0 }

    /// How many members' keys are in memory now (for tests: that quiet ones really go).
    var count: Int { table.withLock { $0.keys.count } }

    /// Where changes stand now: taken before reading a session, so `open(_:session:)` can tell
    /// whether the key changed here while the read was on its way.
    package var epoch: UInt64 { table.withLock { $0.next } }

    package func open(_ key: SymmetricKey, of member: MemberID) {
        let now = now()
        table.withLock { put(key, of: member, in: &$0, at: now) }
    }

    /// Opens the key a signed-in session's wrap holds (see `PrivateKeyStore.openPrivateKey`).
    /// When the key was put here anew or let go after the session was read, the read is stale and
    /// nothing here changes.
    package func open(_ signedIn: SignedIn, session: SessionSecret) -> SessionKeyOpening {
        let member = signedIn.account.id
        guard case .wrapped(let wrap) = signedIn.privateKey else { return .opened }
        let key = wrap.flatMap { try? PrivateKeySeal.openBySession($0, token: session.token, member: member) }
        let now = now()
        return table.withLock { table in
            if let changed = table.changed[member], changed.at >= signedIn.keyEpoch { return .readAgain }
            guard let key else {
                forget(member, in: &table, at: now)
                return .sessionHoldsNone
            }
            put(key, of: member, in: &table, at: now)
            return .opened
        }
    }

    package func forget(_ member: MemberID) {
        let now = now()
        table.withLock { forget(member, in: &$0, at: now) }
    }

    private func forget(_ member: MemberID, in table: inout Table, at now: ContinuousClock.Instant) {
        table.keys[member] = nil
        table.changed[member] = (table.next, now)
        table.next += 1
    }

    /// The same key, still fresh, is only marked used; another one (or one gone quiet) is put
    /// here under a new generation. Every open sweeps first.
    private func put(_ key: SymmetricKey, of member: MemberID, in table: inout Table, at now: ContinuousClock.Instant) {
        sweep(&table, at: now)
        if let kept = table.keys[member], kept.key == key, now - kept.used < idle {
            table.keys[member]?.used = now
            return
        }
        table.keys[member] = Open(key: key, generation: table.next, used: now)
        table.changed[member] = (table.next, now)
        table.next += 1
    }

    /// Quiet members' keys go even if nobody asks for them again, and changes older than a minute
    /// are forgotten (no session read takes that long); once a minute at most.
    private func sweep(_ table: inout Table, at now: ContinuousClock.Instant) {
        guard table.swept.map({ now - $0 > .seconds(60) }) ?? true else { return }
        table.keys = table.keys.filter { now - $0.value.used < idle }
        table.changed = table.changed.filter { now - $0.value.when < .seconds(60) }
        table.swept = now
    }

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
