import Foundation
import GRDB
import Synchronization
import Testing
import TrellisCore

@testable import TrellisStore

@Suite("Kept folds and snapshots")
struct KeptFoldTests {
    /// A couple of Alice and Bob with `count` shared areas added after the start, and one private
    /// entry of Bob's.
    static func couple(in storage: any TrellisStorage, areas count: Int) async throws -> (Account, Account, CoupleID) {
        let alice = StoreFixture.account("Alice", email: "alice-\(UUID())@example.org")
        let bob = StoreFixture.account("Bob", email: "bob-\(UUID())@example.org")
        let couple = try await StoreFixture.couple(foundedBy: alice, in: storage)
        try await StoreFixture.register(bob, in: storage)
        var seq = Int64(try await storage.events(of: couple, visibleTo: alice.id).count)
        let join = PendingEvent(
            at: StoreFixture.now, author: bob.id, visibility: .shared, payload: .partnerJoined(name: "Bob"))
        _ = try await storage.append(
            AppendBatch(couple: couple, expectedSeq: seq, events: [join], effects: [.assign(bob.id)]))
        seq += 1
        for index in 0..<count {
            _ = try await storage.append(
                AppendBatch(
                    couple: couple, expectedSeq: seq, events: StoreFixture.addArea("Area \(index)", by: alice.id)))
            seq += 1
        }
        let secret = PendingEvent(
            at: StoreFixture.now, author: bob.id, visibility: .private,
            payload: .integrity(
                .journalWritten(id: EntryID(), day: Day(StoreFixture.now), text: "Bob's Vesuvius night")))
        _ = try await storage.append(AppendBatch(couple: couple, expectedSeq: seq, events: [secret]))
        return (alice, bob, couple)
    }

    static func fromZero(_ storage: any TrellisStorage, _ couple: CoupleID, _ viewer: MemberID) async throws
        -> CoupleState
    {
        CoupleState.folding(try await storage.events(of: couple, visibleTo: viewer))
    }

    @Test(arguments: StoreBackend.all) func aWriteFromAnotherProcessIsFoldedInAtTheNextRead(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let (alice, _, couple) = try await Self.couple(in: store.storage, areas: 2)
        let kept = KeptFolds(storage: store.storage, capacity: 10)
        let before = try await kept.state(of: couple, for: alice.id)

        let other = try store.reopen()
        _ = try await other.append(
            AppendBatch(
                couple: couple, expectedSeq: before.seq, events: StoreFixture.addArea("Elsewhere", by: alice.id)))
        let after = try await kept.state(of: couple, for: alice.id)
        #expect(after.activeAreas.last?.name == "Elsewhere")
        #expect(after == (try await Self.fromZero(store.storage, couple, alice.id)))
    }

    @Test func snapshotsAreOnlyACacheAndHoldNothingInClear() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let (alice, bob, couple) = try await Self.couple(in: store.storage, areas: 12)
        let warm = KeptFolds(storage: store.storage, capacity: 10, snapshotInterval: 5)
        for viewer in [alice.id, bob.id] { _ = try await warm.state(of: couple, for: viewer) }
        let snapshots = try await store.storage.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM fold_snapshots") ?? 0
        }
        #expect(snapshots == 2)
        let bytes = try store.allBytes()
        #expect(bytes.range(of: Data("Vesuvius".utf8)) == nil)
        #expect(bytes.range(of: Data("Area 11".utf8)) == nil)

        // From a snapshot, from a snapshot of another fold version, and from no snapshot at all:
        // the same states, and Bob's private entry only in Bob's.
        for change in ["", "UPDATE fold_snapshots SET fold_version = -1", "DELETE FROM fold_snapshots"] {
            if !change.isEmpty { try await store.storage.pool.write { db in try db.execute(sql: change) } }
            let cold = KeptFolds(storage: store.storage, capacity: 10)
            for viewer in [alice.id, bob.id] {
                #expect(
                    try await cold.state(of: couple, for: viewer)
                        == (try await Self.fromZero(store.storage, couple, viewer)))
            }
            #expect(try await cold.state(of: couple, for: alice.id).integrity.entries.isEmpty)
            #expect(try await cold.state(of: couple, for: bob.id).integrity.entries.count == 1)
        }
    }

    @Test(arguments: StoreBackend.all) func memoryIsBoundedByTheLeastRecentlyUsed(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        var couples: [(Account, CoupleID)] = []
        for _ in 0..<3 {
            let (alice, _, couple) = try await Self.couple(in: store.storage, areas: 0)
            couples.append((alice, couple))
        }
        let kept = KeptFolds(storage: store.storage, capacity: 2)
        for (member, couple) in couples { _ = try await kept.state(of: couple, for: member.id) }
        #expect(kept.count == 2)
        // The one let go is read again correctly.
        let (first, couple) = couples[0]
        #expect(
            try await kept.state(of: couple, for: first.id)
                == (try await Self.fromZero(store.storage, couple, first.id)))
    }

    @Test func aMembersPrivateStateLeavesMemoryWithTheirKey() async throws {
        let store = try await StoreBackend.sqlite.open()
        defer { store.remove() }
        let (alice, bob, couple) = try await Self.couple(in: store.storage, areas: 0)
        let (other, _, otherCouple) = try await Self.couple(in: store.storage, areas: 0)
        let generations = Mutex([bob.id: UInt64(7)])
        let hands = HandMovedClock()
        let kept = KeptFolds(
            storage: store.storage, capacity: 10, keyGeneration: { id in generations.withLock { $0[id] ?? 0 } },
            now: { hands.now })
        _ = try await kept.state(of: couple, for: alice.id)
        _ = try await kept.state(of: couple, for: bob.id)
        #expect(kept.viewerCount == 2)

        generations.withLock { $0[bob.id] = nil }  // Bob logged out, or went quiet
        hands.advance(minutes: 2)
        _ = try await kept.state(of: otherCouple, for: other.id)
        #expect(kept.viewerCount == 2, "Alice's and the other couple's, not Bob's")
    }
}
