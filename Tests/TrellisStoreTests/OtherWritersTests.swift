import Foundation
import Synchronization
import Testing
import TrellisCore
import TrellisSQLite

@testable import TrellisStore

/// One process serves an SQLite file; another (an operator's command) writes to it now and then.
/// The server asks where a couple stands once, then trusts what it knows until the other process
/// has written, or for a few seconds at most.
@Suite("The serving process and the occasional other writer")
struct OtherWritersTests {
    @Test func readsAskOnceThenFollowAnotherProcessesWriteAtOnce() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let (alice, _, couple) = try await KeptFoldTests.couple(in: store.storage, areas: 1)
        let serving = try store.reopen()
        let counting = CountingHeads(serving)
        let kept = KeptFolds(storage: counting, capacity: 10, otherWriters: serving.serve())
        let first = try await kept.state(of: couple, for: alice.id)
        for _ in 0..<5 { _ = try await kept.state(of: couple, for: alice.id) }
        #expect(counting.checks.withLock { $0 } == 1)

        // The serving process's own append is folded as it is made: no mark, no question.
        let own = try await serving.append(
            AppendBatch(couple: couple, expectedSeq: first.seq, events: StoreFixture.addArea("Own", by: alice.id)))
        kept.advance(couple, with: own)
        #expect(try await kept.state(of: couple, for: alice.id).activeAreas.last?.name == "Own")
        #expect(counting.checks.withLock { $0 } == 1)

        // Another process writes: the very next read asks, and sees it.
        _ = try await store.storage.append(
            AppendBatch(
                couple: couple, expectedSeq: first.seq + 1, events: StoreFixture.addArea("Elsewhere", by: alice.id)))
        #expect(try await kept.state(of: couple, for: alice.id).activeAreas.last?.name == "Elsewhere")
        #expect(counting.checks.withLock { $0 } == 2)
    }

    @Test func whatItKnowsIsTrustedForAFewSecondsAtMost() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let (alice, _, couple) = try await KeptFoldTests.couple(in: store.storage, areas: 1)
        let counting = CountingHeads(store.storage)
        let clock = Mutex(ContinuousClock.now)
        let kept = KeptFolds(
            storage: counting, capacity: 10, otherWriters: { 0 }, now: { clock.withLock { $0 } })
        for _ in 0..<3 { _ = try await kept.state(of: couple, for: alice.id) }
        #expect(counting.checks.withLock { $0 } == 1)
        clock.withLock { $0 += KeptFolds.trustHeads + .milliseconds(1) }
        for _ in 0..<3 { _ = try await kept.state(of: couple, for: alice.id) }
        #expect(counting.checks.withLock { $0 } == 2)
        // A stale append (another writer took the place) makes the next read ask at once.
        kept.distrust(couple)
        _ = try await kept.state(of: couple, for: alice.id)
        #expect(counting.checks.withLock { $0 } == 3)
    }
}
