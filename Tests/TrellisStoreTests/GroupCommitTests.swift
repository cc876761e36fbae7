import Dispatch
import GRDB
import Synchronization
import Testing
import TrellisCore

@testable import TrellisSQLite
@testable import TrellisStore

/// Appends that wait while the writer is busy are committed together, each in a savepoint of its
/// own: one sync for the group, a refused batch refused alone, nobody answered before the commit.
@Suite("Group commit")
struct GroupCommitTests {
    /// Counts the writer's commits.
    final class Commits: TransactionObserver, @unchecked Sendable {
        let count = Mutex(0)
        func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
        func databaseDidChange(with event: DatabaseEvent) {}
        func databaseDidCommit(_ db: Database) { count.withLock { $0 += 1 } }
        func databaseDidRollback(_ db: Database) {}
    }

    /// Runs `appends` while the writer is held busy until every one of them waits for it, then lets
    /// it go: the first commits alone, as it found the writer idle; the rest wait and go together.
    static func whileWriterBusy(
        _ storage: SQLiteStorage, _ appends: [AppendBatch]
    ) async throws -> (results: [Result<AppendedEvents, any Error>], commits: Int) {
        let commits = Commits()
        storage.pool.add(transactionObserver: commits, extent: .observerLifetime)
        let release = DispatchSemaphore(value: 0)
        let taken = DispatchSemaphore(value: 0)
        let held = Task {
            try await storage.pool.writeWithoutTransaction { _ in
                taken.signal()
                release.wait()
            }
        }
        while taken.wait(timeout: .now()) == .timedOut { try await Task.sleep(for: .milliseconds(5)) }
        let results = await withTaskGroup(of: (Int, Result<AppendedEvents, any Error>).self) { group in
            for (index, batch) in appends.enumerated() {
                group.addTask {
                    do { return (index, .success(try await storage.append(batch))) } catch {
                        return (index, .failure(error))
                    }
                }
            }
            // The first leads (and waits for the writer); the others wait behind it.
            while storage.appendGroups.waiting < appends.count - 1 { try? await Task.sleep(for: .milliseconds(5)) }
            release.signal()
            var results = [Result<AppendedEvents, any Error>?](repeating: nil, count: appends.count)
            for await (index, result) in group { results[index] = result }
            return results.map { $0! }
        }
        try await held.value
        return (results, commits.count.withLock { $0 })
    }

    @Test func appendsWaitingForTheWriterShareOneCommit() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        var batches: [AppendBatch] = []
        for index in 0..<16 {
            let member = StoreFixture.account("Writer\(index)")
            let couple = try await StoreFixture.couple(foundedBy: member, in: store.storage)
            let head = try await store.storage.head(of: couple)
            batches.append(
                AppendBatch(
                    couple: couple, expectedSeq: head, events: StoreFixture.addArea("Area \(index)", by: member.id)))
        }
        let (results, commits) = try await Self.whileWriterBusy(store.storage, batches)
        #expect(results.allSatisfy { (try? $0.get()) != nil })
        #expect(commits == 2, "the first alone, the fifteen waiting together")
        for batch in batches {
            let events = try await store.storage.events(of: batch.couple, visibleTo: batch.events[0].author)
            #expect(events.count == Int(batch.expectedSeq) + 1)
        }
    }

    @Test func aRefusedBatchIsRefusedAloneAndTheOthersCommit() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        let alice = StoreFixture.account("Alice")
        let bob = StoreFixture.account("Bob")
        let ours = try await StoreFixture.couple(foundedBy: alice, in: store.storage)
        let theirs = try await StoreFixture.couple(foundedBy: bob, in: store.storage)
        let (a, b) = (try await store.storage.head(of: ours), try await store.storage.head(of: theirs))
        let batches = [
            AppendBatch(couple: theirs, expectedSeq: b, events: StoreFixture.addArea("Leads", by: bob.id)),
            AppendBatch(couple: ours, expectedSeq: a, events: StoreFixture.addArea("First", by: alice.id)),
            // Written against the same head as the one before it, in the same group: stale.
            AppendBatch(couple: ours, expectedSeq: a, events: StoreFixture.addArea("Stale", by: alice.id)),
            AppendBatch(couple: theirs, expectedSeq: b + 1, events: StoreFixture.addArea("Next", by: bob.id)),
        ]
        let (results, _) = try await Self.whileWriterBusy(store.storage, batches)
        #expect((try? results[0].get()) != nil)
        #expect((try? results[1].get()) != nil)
        #expect((try? results[3].get()) != nil)
        #expect(throws: StoreError.staleSequence(current: a + 1)) { try results[2].get() }
        let names = { (couple: CoupleID, member: MemberID) in
            CoupleState.folding(try await store.storage.events(of: couple, visibleTo: member)).activeAreas.map(\.name)
        }
        #expect(try await names(ours, alice.id).suffix(1) == ["First"])
        #expect(try await names(theirs, bob.id).suffix(2) == ["Leads", "Next"])
    }
}
