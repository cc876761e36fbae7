import Metrics
import Synchronization

/// Signed-in sessions kept in memory, so a signed-in request reads nothing from the database while
/// nothing about its session changed. Every change to a session, an account, a private key or a
/// phone's privacy, by this process or (as far as the storage can tell) another, drops them all at
/// once: a log-out, a password change, a reset, a recovery or an idle end counts from the next
/// request. Kept only while the storage says it can tell (`trust`); even then an entry is read
/// again after `trustFor`, should another process die between its commit and its word.
package final class KeptSessions: Sendable {
    /// Where changes stood when a session was read: it is served from memory only while they
    /// still stand there.
    package struct Stamp: Equatable, Sendable {
        let generation: UInt64
        let otherWrites: Int64
    }

    private struct Kept {
        let signedIn: SignedIn
        let stamp: Stamp
        let at: ContinuousClock.Instant
    }

    private struct Table {
        var sessions: [[UInt8]: Kept] = [:]
        var generation: UInt64 = 0
        /// A reading that changes when another process wrote; nil while nothing is kept.
        var otherWrites: (@Sendable () -> Int64)?
    }

    private let table = Mutex(Table())
    /// How many sessions are kept at most; past it, all are let go and kept again as they come.
    let capacity: Int
    let trustFor: Duration
    private let now: @Sendable () -> ContinuousClock.Instant

    package init(
        capacity: Int = 4096, trustFor: Duration = .seconds(2),
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        (self.capacity, self.trustFor, self.now) = (max(1, capacity), trustFor, now)
    }

    /// Starts keeping sessions; `otherWrites` changes whenever another process may have changed one.
    package func trust(otherWrites: @escaping @Sendable () -> Int64) {
        table.withLock { table in
            table.otherWrites = otherWrites
            table.generation += 1
        }
    }

    /// Stops keeping sessions (the storage can no longer tell when they change).
    package func distrust() {
        table.withLock { table in
            table.otherWrites = nil
            table.sessions = [:]
            table.generation += 1
        }
    }

    /// Something a kept session stands on changed: all are let go.
    package func changed() {
        table.withLock { table in
            table.sessions = [:]
            table.generation += 1
        }
    }

    /// Passes on what opening a session's key came to; a session whose key did not open from it
    /// (its member's key changed here after it was read) is read again next time, not kept.
    package func opening(_ result: SessionKeyOpening, session: SessionSecret) -> SessionKeyOpening {
        if result != .opened { _ = table.withLock { $0.sessions.removeValue(forKey: session.hash) } }
        return result
    }

    /// The session from memory when nothing changed since it was read, else from `read`, kept for next time.
    package func session(_ tokenHash: [UInt8], read: () async throws -> SignedIn?) async throws -> SignedIn? {
        let (generation, otherWrites) = table.withLock { ($0.generation, $0.otherWrites) }
        guard let otherWrites else {
            Self.reads.read.increment()
            return try await read()
        }
        let stamp = Stamp(generation: generation, otherWrites: otherWrites())
        let now = now()
        let kept = table.withLock { table -> SignedIn? in
            guard let kept = table.sessions[tokenHash], kept.stamp == stamp, now - kept.at < trustFor else {
                return nil
            }
            return kept.signedIn
        }
        if let kept {
            Self.reads.kept.increment()
            return kept
        }
        Self.reads.read.increment()
        let signedIn = try await read()
        guard let signedIn else { return nil }
        table.withLock { table in
            // Something changed during the read: what it found may already be old.
            guard table.generation == stamp.generation else { return }
            if table.sessions.count >= capacity { table.sessions = [:] }
            table.sessions[tokenHash] = Kept(signedIn: signedIn, stamp: stamp, at: now)
        }
        return signedIn
    }

    /// How signed-in requests found their session: in memory, or read from the database.
    static let reads = (
        kept: Counter(label: "trellis_session_reads_total", dimensions: [("served", "kept")]),
        read: Counter(label: "trellis_session_reads_total", dimensions: [("served", "database")])
    )

    /// How many sessions are kept now (for tests).
    var count: Int { table.withLock { $0.sessions.count } }
}
