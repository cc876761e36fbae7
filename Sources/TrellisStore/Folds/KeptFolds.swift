import Metrics
import Synchronization
import TrellisCore

/// Each couple's folded state, per viewer (private streams differ), kept in memory and advanced
/// by the events appended, so a warm read neither re-reads nor re-decrypts the log.
///
/// A kept state is labelled with the log position it has folded up to, counting every stream.
/// One indexed look at the couple's head tells whether it is behind, even when another process
/// over the same database wrote since; it then catches up by reading only the tail. Over a
/// database that announces appends, `hear` makes that look unnecessary while the announcements
/// flow (see `KnownHeads`): another instance's write is then seen once its announcement arrives,
/// a few milliseconds later, rather than at once. Memory is
/// bounded: past `capacity` couples, the least recently used are let go. Durable snapshots make a
/// cold load read the latest snapshot plus the tail.
public final class KeptFolds: Sendable {
    private struct Kept {
        var fold: KeptFold
        /// Where the newest durable snapshot of this state stands.
        var snapshotPosition: Int64
        /// The viewer's private-key generation it was folded under (see `keyGeneration`).
        var keyGeneration: UInt64 = 0
    }

    private struct Table {
        var couples: [CoupleID: (viewers: [MemberID: Kept], used: UInt64)] = [:]
        var clock: UInt64 = 0
        var heads = KnownHeads()
        var swept: ContinuousClock.Instant?
        /// The other writers' reading, and since when the known heads stand on it.
        var otherWrites: Int64 = -1
        var trustedSince: ContinuousClock.Instant?
    }

    private let storage: any EventStore & SnapshotStore
    private let table = Mutex(Table())
    /// How many couples are kept in memory at most.
    public let capacity: Int
    /// A new snapshot is written once this many positions have passed since the last one.
    public let snapshotInterval: Int64

    /// A viewer's private-key generation in this process: a kept state folded under another one
    /// (their key since opened anew, or let go) is folded again, so private state never outlives
    /// the sessions that opened it.
    private let keyGeneration: @Sendable (MemberID) -> UInt64
    private let now: @Sendable () -> ContinuousClock.Instant
    /// Over a database this process writes alone but for now and then (`OtherWriters`): a reading
    /// that changes when another process wrote. Known heads are trusted while it stands still, and
    /// for `trustHeads` at most, should another process die between its commit and its mark.
    private let otherWriters: (@Sendable () -> Int64)?
    static let trustHeads: Duration = .seconds(2)

    public init(
        storage: any EventStore & SnapshotStore, capacity: Int, snapshotInterval: Int64 = 200,
        keyGeneration: @escaping @Sendable (MemberID) -> UInt64 = { _ in 0 },
        otherWriters: (@Sendable () -> Int64)? = nil,
        now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }
    ) {
        self.storage = storage
        self.otherWriters = otherWriters
        self.keyGeneration = keyGeneration
        self.now = now
        self.capacity = max(1, capacity)
        self.snapshotInterval = snapshotInterval
    }

    /// The couple as `viewer` may see it now: shared events and their own private ones.
    public func state(of couple: CoupleID, for viewer: MemberID) async throws -> CoupleState {
        let head = try await head(of: couple)
        let generation = keyGeneration(viewer)
        let kept = lookup(couple, viewer).flatMap { $0.keyGeneration == generation ? $0 : nil }
        if let kept, kept.fold.position == head, head - kept.snapshotPosition < snapshotInterval {
            Self.reads.warm.increment()
            return kept.fold.state
        }
        var next: Kept
        if let kept {
            Self.reads.behind.increment()
            next = kept
        } else if let snapshot = try await storage.snapshot(of: couple, for: viewer) {
            Self.reads.snapshot.increment()
            next = Kept(fold: snapshot, snapshotPosition: snapshot.position, keyGeneration: generation)
        } else {
            Self.reads.cold.increment()
            next = Kept(
                fold: KeptFold(position: 0, state: CoupleState()), snapshotPosition: 0, keyGeneration: generation)
        }
        if next.fold.position != head {
            let tail = try await storage.tail(of: couple, after: next.fold.position, visibleTo: viewer)
            for event in tail.events { next.fold.state.apply(event) }
            next.fold.state.countSealed(through: tail.sealedThrough)
            next.fold.position = tail.head
        }
        if next.fold.position - next.snapshotPosition >= snapshotInterval, next.fold.state.isMember(viewer) {
            try await storage.saveSnapshot(next.fold, of: couple, for: viewer)
            next.snapshotPosition = next.fold.position
        }
        keep(next, couple, viewer)
        return next.fold.state
    }

    /// Where the couple's log stands: as announced, or else as the database answers. Without
    /// announcements (SQLite, or `checked`), a read is one look and no bookkeeping.
    private func head(of couple: CoupleID) async throws -> Int64 {
        let otherWrites = otherWriters?()
        let now = otherWrites == nil ? nil : now()
        let (known, ticket) = table.withLock { table -> (Int64?, KnownHeads.Ticket?) in
            if let otherWrites, let now {
                let expired = table.trustedSince.map { now - $0 > Self.trustHeads } ?? true
                if otherWrites != table.otherWrites || expired {
                    // Start again from what the database says: as a listener that reconnected.
                    table.heads.hear(.deaf)
                    table.heads.hear(.listening)
                    (table.otherWrites, table.trustedSince) = (otherWrites, now)
                }
            }
            if let known = table.heads.head(of: couple) { return (known, nil) }
            return (nil, table.heads.isListening ? table.heads.beginCheck(couple) : nil)
        }
        if let known { return known }
        Self.headChecks.increment()
        do {
            let head = try await storage.head(of: couple)
            if let ticket { table.withLock { $0.heads.endCheck(couple, head: head, ticket) } }
            return head
        } catch {
            if let ticket { table.withLock { $0.heads.endCheck(couple, head: nil, ticket) } }
            throw error
        }
    }

    /// What the database announced: where couples' logs stand now, or that announcements
    /// (re)started or stopped.
    public func hear(_ news: LogNews) {
        table.withLock { $0.heads.hear(news) }
    }

    /// Folds a batch this process appended into every kept state that stood just before it; a
    /// state that stood elsewhere (another process wrote in between) catches up at its next read.
    public func advance(_ couple: CoupleID, with appended: AppendedEvents) {
        table.withLock { table in
            table.heads.appended(couple, position: appended.position)
            guard var entry = table.couples[couple] else { return }
            for (viewer, var kept) in entry.viewers where kept.fold.position == appended.previousPosition {
                for event in appended.events where event.visibility == .shared || event.author == viewer {
                    kept.fold.state.apply(event)
                }
                kept.fold.position = appended.position
                entry.viewers[viewer] = kept
            }
            table.couples[couple] = entry
        }
    }

    /// Lets go of what `viewer` saw of these couples (their account is closed: their private
    /// entries must not outlive it, even in memory), and of where the couples stand (closing
    /// wrote to them).
    public func forget(_ viewer: MemberID, in couples: [CoupleID]) {
        table.withLock { table in
            for couple in couples {
                table.couples[couple]?.viewers[viewer] = nil
                table.heads.forget(couple)
            }
        }
    }

    /// Another writer took the place this process expected in `couple`'s log: what it knows of
    /// where the couple stands goes, and the next read asks.
    public func distrust(_ couple: CoupleID) {
        table.withLock { $0.heads.forget(couple) }
    }

    /// How many couples are kept now.
    public var count: Int { table.withLock { $0.couples.count } }

    /// How many states are kept now, counting each viewer of each couple (for tests).
    var viewerCount: Int { table.withLock { $0.couples.values.reduce(0) { $0 + $1.viewers.count } } }

    /// How reads were served: from memory at the head, from memory plus the tail another process
    /// wrote, from a snapshot, or from the whole log. And how many couples are kept.
    static let reads = (
        warm: Counter(label: "trellis_fold_reads_total", dimensions: [("served", "kept")]),
        behind: Counter(label: "trellis_fold_reads_total", dimensions: [("served", "kept_and_tail")]),
        snapshot: Counter(label: "trellis_fold_reads_total", dimensions: [("served", "snapshot")]),
        cold: Counter(label: "trellis_fold_reads_total", dimensions: [("served", "whole_log")])
    )
    static let kept = Gauge(label: "trellis_kept_couples")
    /// Reads that asked the database where the couple stands (none while announcements flow).
    static let headChecks = Counter(label: "trellis_head_checks_total")

    private func lookup(_ couple: CoupleID, _ viewer: MemberID) -> Kept? {
        table.withLock { table in
            table.clock += 1
            table.couples[couple]?.used = table.clock
            return table.couples[couple]?.viewers[viewer]
        }
    }

    /// Keeps `kept` unless a newer state is kept already, then lets the least recently used
    /// eighth go once the table is over capacity (sorting rarely, rather than on every read).
    private func keep(_ kept: Kept, _ couple: CoupleID, _ viewer: MemberID) {
        let now = now()
        table.withLock { table in
            if table.swept.map({ now - $0 > .seconds(60) }) ?? true {
                letGoOfClosedKeys(in: &table)
                table.swept = now
            }
            table.clock += 1
            var entry = table.couples[couple] ?? (viewers: [:], used: table.clock)
            if let current = entry.viewers[viewer], current.fold.position > kept.fold.position { return }
            entry.viewers[viewer] = kept
            entry.used = table.clock
            table.couples[couple] = entry
            defer { Self.kept.record(table.couples.count) }
            guard table.couples.count > capacity else { return }
            let oldest = table.couples.sorted { $0.value.used < $1.value.used }.prefix(max(1, capacity / 8))
            for (id, _) in oldest {
                table.couples[id] = nil
                table.heads.forget(id)
            }
        }
    }

    /// Lets go of states folded under a private key that has since gone (its member logged out or
    /// went quiet), so a member's private state leaves memory with their key, not only when they
    /// next read (once a minute at most: it looks at every kept state).
    private func letGoOfClosedKeys(in table: inout Table) {
        for (couple, entry) in table.couples {
            let open = entry.viewers.filter { keyGeneration($0.key) == $0.value.keyGeneration }
            if open.isEmpty {
                table.couples[couple] = nil
                table.heads.forget(couple)
            } else if open.count != entry.viewers.count {
                table.couples[couple]?.viewers = open
            }
        }
    }
}
