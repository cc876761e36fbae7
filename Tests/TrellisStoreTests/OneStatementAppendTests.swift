import Foundation
import Testing
import TrellisCore

@testable import TrellisPostgres
@testable import TrellisStore

/// PostgreSQL's frequent append in one statement (`appendInOneStatement`): when it applies, and
/// that whatever races it is refused as the full append refuses it.
@Suite("PostgreSQL: an append in one statement")
struct OneStatementAppendTests {
    static var postgres: [StoreBackend] { StoreBackend.all.filter { if case .postgres = $0 { true } else { false } } }

    /// A couple whose key this storage has opened (appending its areas opened it).
    static func couple(_ store: BackendStore) async throws -> (PostgresStorage, Account, Account, CoupleID) {
        let (alice, bob, couple) = try await KeptFoldTests.couple(in: store.storage, areas: 1)
        return (try #require(store.storage as? PostgresStorage), alice, bob, couple)
    }

    static func shared(_ names: [String], by author: MemberID) -> [PendingEvent] {
        names.flatMap { StoreFixture.addArea($0, by: author) }
    }

    /// A private journal entry: it moves the couple's order but not the shared stream.
    static func journal(by author: MemberID) -> PendingEvent {
        PendingEvent(
            at: StoreFixture.now, author: author, visibility: .private,
            payload: .integrity(.journalWritten(id: EntryID(), day: Day(StoreFixture.now), text: "Quiet")))
    }

    @Test(arguments: postgres) func aSharedBatchIsWrittenInOneStatementAndReadsBackSealedInItsPlace(
        backend: StoreBackend
    ) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let (storage, alice, _, couple) = try await Self.couple(store)
        let state = try await KeptFoldTests.fromZero(storage, couple, alice.id)
        let head = try await storage.head(of: couple)
        let batch = AppendBatch(
            couple: couple, expectedSeq: state.seq, events: Self.shared(["Evenings", "Money"], by: alice.id))
        let appended = try #require(try await storage.appendInOneStatement(batch))
        #expect(appended.previousPosition == head && appended.position == head + 2)
        #expect(appended.events.map(\.seq) == [state.seq + 1, state.seq + 2])

        // Another instance, which never opened the key, reads them open and in order.
        let other = try store.reopen()
        let after = try await KeptFoldTests.fromZero(other, couple, alice.id)
        #expect(after.activeAreas.suffix(2).map(\.name) == ["Evenings", "Money"])
        #expect(try await other.head(of: couple) == head + 2)
    }

    @Test(arguments: postgres) func itAppliesOnlyToSharedEventsThatChangeNothingElse(backend: StoreBackend)
        async throws
    {
        let store = try await backend.open()
        defer { store.remove() }
        let (storage, alice, bob, couple) = try await Self.couple(store)
        let seq = try await KeptFoldTests.fromZero(storage, couple, alice.id).seq
        let secret = Self.journal(by: bob.id)
        let withEffect = AppendBatch(
            couple: couple, expectedSeq: seq, events: Self.shared(["A"], by: alice.id), effects: [.release(bob.id)])
        #expect(
            try await storage.appendInOneStatement(AppendBatch(couple: couple, expectedSeq: seq, events: [secret]))
                == nil)
        #expect(try await storage.appendInOneStatement(withEffect) == nil)
        #expect(
            try await storage.appendInOneStatement(AppendBatch(couple: couple, expectedSeq: seq, events: [])) == nil)
        let unknown = AppendBatch(couple: CoupleID(), expectedSeq: 0, events: Self.shared(["A"], by: alice.id))
        #expect(try await storage.appendInOneStatement(unknown) == nil)  // no key open for it
        #expect(try await storage.head(of: couple) == (try await store.reopen().head(of: couple)))
    }

    @Test(arguments: postgres) func aStaleBatchWritesNothingAndTheAppendSaysWhereTheStreamStands(
        backend: StoreBackend
    ) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let (storage, alice, _, couple) = try await Self.couple(store)
        let seq = try await KeptFoldTests.fromZero(storage, couple, alice.id).seq
        let head = try await storage.head(of: couple)
        let stale = AppendBatch(couple: couple, expectedSeq: seq - 1, events: Self.shared(["Late"], by: alice.id))
        #expect(try await storage.appendInOneStatement(stale) == nil)
        await #expect(throws: StoreError.staleSequence(current: seq)) { try await storage.append(stale) }
        #expect(try await storage.head(of: couple) == head)
    }

    /// Another instance's private event moves the couple's order but not the shared stream: the
    /// next batch goes after it. Two instances writing the same place: one is refused as stale.
    @Test(arguments: postgres) func anotherInstancesWritesAreFollowedOrRefused(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let (storage, alice, bob, couple) = try await Self.couple(store)
        let other = try #require(try store.reopen() as? PostgresStorage)
        let seq = try await KeptFoldTests.fromZero(storage, couple, alice.id).seq
        _ = try await KeptFoldTests.fromZero(other, couple, alice.id)  // opens the key there too
        let secret = Self.journal(by: bob.id)
        let privately = try await other.append(AppendBatch(couple: couple, expectedSeq: seq, events: [secret]))
        let next = try #require(
            try await storage.appendInOneStatement(
                AppendBatch(couple: couple, expectedSeq: seq, events: Self.shared(["After"], by: alice.id))))
        #expect(next.previousPosition == privately.position)

        /// The error the append met, nil when it was written.
        @Sendable func race(_ storage: PostgresStorage, _ name: String) async -> (any Error)? {
            do {
                _ = try await storage.append(
                    AppendBatch(couple: couple, expectedSeq: seq + 1, events: Self.shared([name], by: alice.id)))
                return nil
            } catch { return error }
        }
        async let first = race(storage, "Here")
        async let second = race(other, "There")
        let errors = await [first, second].compactMap { $0 }
        #expect(errors.count == 1)
        for error in errors { #expect(error as? StoreError == .staleSequence(current: seq + 2)) }
    }

    @Test(arguments: postgres) func aCoupleThatWentIsRefusedAsStaleAndItsKeyLetGo(backend: StoreBackend) async throws {
        let store = try await backend.open()
        defer { store.remove() }
        let (storage, alice, _, couple) = try await Self.couple(store)
        let seq = try await KeptFoldTests.fromZero(storage, couple, alice.id).seq
        try await storage.write { db in
            try await db.run("UPDATE accounts SET couple_id = NULL WHERE couple_id = \(couple)")
            try await db.run("DELETE FROM couples WHERE id = \(couple)")
        }
        let batch = AppendBatch(couple: couple, expectedSeq: seq, events: Self.shared(["Gone"], by: alice.id))
        #expect(try await storage.appendInOneStatement(batch) == nil)  // its events went with it
        // Written as if to its first place: the couple is not there to hold it, and its key goes.
        let first = AppendBatch(couple: couple, expectedSeq: 0, events: Self.shared(["Gone"], by: alice.id))
        #expect(try await storage.appendInOneStatement(first) == nil)
        #expect(storage.coupleKeys[couple] == nil)
        for batch in [batch, first] {
            await #expect(throws: StoreError.staleSequence(current: 0)) { try await storage.append(batch) }
        }
    }
}
