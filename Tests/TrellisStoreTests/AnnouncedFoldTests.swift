import Foundation
import Synchronization
import Testing
import TrellisCore

@testable import TrellisStore

/// Counts the reads that ask the database where a couple stands.
final class CountingHeads: EventStore, SnapshotStore {
    let storage: any TrellisStorage
    let checks = Mutex(0)

    init(_ storage: any TrellisStorage) { self.storage = storage }

    func append(_ batch: AppendBatch) async throws -> AppendedEvents { try await storage.append(batch) }

    func head(of couple: CoupleID) async throws -> Int64 {
        checks.withLock { $0 += 1 }
        return try await storage.head(of: couple)
    }

    func tail(of couple: CoupleID, after position: Int64, visibleTo viewer: MemberID) async throws -> LogTail {
        try await storage.tail(of: couple, after: position, visibleTo: viewer)
    }

    func events(
        of couple: CoupleID, afterShared sharedSeq: Int64, afterPrivate privateSeq: Int64, visibleTo viewer: MemberID,
        limit: Int?
    ) async throws -> [CoupleEvent] {
        try await storage.events(
            of: couple, afterShared: sharedSeq, afterPrivate: privateSeq, visibleTo: viewer, limit: limit)
    }

    func snapshot(of couple: CoupleID, for viewer: MemberID) async throws -> KeptFold? {
        try await storage.snapshot(of: couple, for: viewer)
    }

    func saveSnapshot(_ fold: KeptFold, of couple: CoupleID, for viewer: MemberID) async throws {
        try await storage.saveSnapshot(fold, of: couple, for: viewer)
    }
}

@Suite("Kept folds following announcements")
struct AnnouncedFoldTests {
    static var announcing: [StoreBackend] {
        StoreBackend.all.filter { if case .postgres = $0 { true } else { false } }
    }

    @Test func whileAnnouncementsFlowAReadAsksTheDatabaseOnceThenNotAgain() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let (alice, _, couple) = try await KeptFoldTests.couple(in: store.storage, areas: 1)
        let counting = CountingHeads(store.storage)
        let kept = KeptFolds(storage: counting, capacity: 10)
        _ = try await kept.state(of: couple, for: alice.id)
        _ = try await kept.state(of: couple, for: alice.id)
        #expect(counting.checks.withLock { $0 } == 2, "without announcements every read checks")

        kept.hear(.listening)
        let first = try await kept.state(of: couple, for: alice.id)
        for _ in 0..<5 { _ = try await kept.state(of: couple, for: alice.id) }
        #expect(counting.checks.withLock { $0 } == 3)

        // Another process writes; its announcement moves the head, and the next read folds the tail.
        let appended = try await store.reopen().append(
            AppendBatch(couple: couple, expectedSeq: first.seq, events: StoreFixture.addArea("Heard", by: alice.id)))
        kept.hear(.grew(couple, position: appended.position, sharedSeq: first.seq + 1))
        #expect(try await kept.state(of: couple, for: alice.id).activeAreas.last?.name == "Heard")
        #expect(counting.checks.withLock { $0 } == 3)

        kept.hear(.deaf)
        _ = try await kept.state(of: couple, for: alice.id)
        #expect(counting.checks.withLock { $0 } == 4, "deaf, every read checks again")
    }

    /// The real thing: the database's trigger announces every append, shared or private, at
    /// commit, and a second instance's kept fold follows without asking.
    @Test(arguments: announcing) func anotherInstancesWritesReachTheKeptFold(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let (alice, bob, couple) = try await KeptFoldTests.couple(in: store.storage, areas: 1)
        let elsewhere = try store.reopen()
        let announcing = try #require(elsewhere as? any LogAnnouncements)
        let counting = CountingHeads(elsewhere)
        let kept = KeptFolds(storage: counting, capacity: 10)
        let heard = Mutex<[LogNews]>([])
        let relay = Task {
            await announcing.listen { news in
                kept.hear(news)
                heard.withLock { $0.append(news) }
            }
        }
        defer { relay.cancel() }
        try await Self.waitUntil { heard.withLock { $0.contains(.listening) } }
        let before = try await kept.state(of: couple, for: alice.id)
        let bobBefore = try await kept.state(of: couple, for: bob.id)
        let checks = counting.checks.withLock { $0 }

        let shared = try await store.storage.append(
            AppendBatch(couple: couple, expectedSeq: before.seq, events: StoreFixture.addArea("Heard", by: alice.id)))
        let secret = PendingEvent(
            at: StoreFixture.now, author: bob.id, visibility: .private,
            payload: .integrity(.journalWritten(id: EntryID(), day: Day(StoreFixture.now), text: "unsaid")))
        let unsaid = try await store.storage.append(
            AppendBatch(couple: couple, expectedSeq: before.seq + 1, events: [secret]))
        try await Self.waitUntil {
            heard.withLock { $0.last == .grew(couple, position: unsaid.position, sharedSeq: nil) }
        }
        #expect(heard.withLock { $0.contains(.grew(couple, position: shared.position, sharedSeq: before.seq + 1)) })

        let alices = try await kept.state(of: couple, for: alice.id)
        let bobs = try await kept.state(of: couple, for: bob.id)
        #expect(alices.activeAreas.last?.name == "Heard")
        #expect(bobs.privateSeq == bobBefore.privateSeq + 1)
        #expect(alices == (try await KeptFoldTests.fromZero(store.storage, couple, alice.id)))
        #expect(bobs == (try await KeptFoldTests.fromZero(store.storage, couple, bob.id)))
        #expect(counting.checks.withLock { $0 } == checks, "no read asked where the couple stands")
    }

    static func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<500 where !condition() { try await Task.sleep(for: .milliseconds(20)) }
        #expect(condition())
    }
}
