import GRDB
import Synchronization
import TrellisStore

/// Group commit: appends that arrive while the writer is busy wait, and are then committed
/// together, in one transaction and one sync to disk, each in a savepoint of its own so one refused
/// batch (a stale sequence) leaves the others as they were. Nobody hears of their append before
/// the commit that holds it. An append that finds the writer idle commits alone at once, as before.
final class AppendGroups: Sendable {
    private struct Waiting: Sendable {
        let batch: AppendBatch
        let ticket: Ticket
    }

    private struct Queue {
        var waiting: [Waiting] = []
        var committing = false
    }

    private let queue = Mutex(Queue())

    /// Appends `batch` to `storage`'s log (always the same storage: each has its own groups).
    func append(_ batch: AppendBatch, to storage: SQLiteStorage) async throws -> AppendedEvents {
        let ticket = Ticket()
        let leads = queue.withLock { queue in
            queue.waiting.append(Waiting(batch: batch, ticket: ticket))
            defer { queue.committing = true }
            return !queue.committing
        }
        guard leads else { return try await ticket.value }
        // Nothing was waiting, so our batch is the first of this group; whatever arrives
        // meanwhile goes on without us.
        guard let group = nextGroup(), group[0].ticket === ticket else {
            preconditionFailure("a leader's batch is the first waiting")
        }
        let own = await commit(group, to: storage)[0]
        if let rest = nextGroup() {
            Task {
                await self.commit(rest, to: storage)
                while let group = self.nextGroup() { await self.commit(group, to: storage) }
            }
        }
        return try own.get()
    }

    /// How many appends wait for the writer now (for tests).
    var waiting: Int { queue.withLock { $0.waiting.count } }

    /// Everything waiting, or nil (and nobody committing) when nothing is.
    private func nextGroup() -> [Waiting]? {
        queue.withLock { queue in
            guard !queue.waiting.isEmpty else {
                queue.committing = false
                return nil
            }
            defer { queue.waiting = [] }
            return queue.waiting
        }
    }

    /// Commits the group and hands each its answer; returns them too, in the group's order.
    @discardableResult
    private func commit(_ group: [Waiting], to storage: SQLiteStorage) async -> [Result<AppendedEvents, any Error>] {
        let results: [Result<AppendedEvents, any Error>]
        do {
            results = try await storage.pool.write { db in
                // Alone, an error rolls the whole transaction back; together, only its savepoint.
                guard group.count > 1 else { return [.success(try storage.append(group[0].batch, in: db))] }
                return group.map { waiting in
                    var result: Result<AppendedEvents, any Error> = .failure(CancellationError())
                    do {
                        try db.inSavepoint {
                            result = .success(try storage.append(waiting.batch, in: db))
                            return .commit
                        }
                    } catch {
                        result = .failure(Self.refusal(error, of: waiting.batch, in: db))
                    }
                    return result
                }
            }
            if results.contains(where: { (try? $0.get()) != nil }) { storage.marker.noteChange() }
        } catch let error where group.count == 1 {
            let batch = group[0].batch
            results = [
                .failure((try? await storage.pool.read { db in Self.refusal(error, of: batch, in: db) }) ?? error)
            ]
        } catch {
            // The commit itself failed: nothing of the group was written.
            results = group.map { _ in .failure(error) }
        }
        for (waiting, result) in zip(group, results) { waiting.ticket.fulfil(result) }
        return results
    }

    /// A unique constraint means another connection (another server process) took the same place
    /// in a stream, or in the couple's order of events, first: a stale sequence, told with where
    /// the couple stands now.
    private static func refusal(_ error: any Error, of batch: AppendBatch, in db: Database) -> any Error {
        guard let error = error as? DatabaseError,
            [.SQLITE_CONSTRAINT_PRIMARYKEY, .SQLITE_CONSTRAINT_UNIQUE].contains(error.extendedResultCode),
            let current = try? SQLiteStorage.head(of: batch.couple, in: db)
        else { return error }
        return StoreError.staleSequence(current: current)
    }
}

/// One append's answer, handed over once its group is committed.
private final class Ticket: Sendable {
    private enum State {
        case pending
        case awaited(CheckedContinuation<AppendedEvents, any Error>)
        case done(Result<AppendedEvents, any Error>)
    }

    private let state = Mutex(State.pending)

    func fulfil(_ result: Result<AppendedEvents, any Error>) {
        let waiting = state.withLock { state -> CheckedContinuation<AppendedEvents, any Error>? in
            defer { state = .done(result) }
            if case .awaited(let continuation) = state { return continuation }
            return nil
        }
        waiting?.resume(with: result)
    }

    var value: AppendedEvents {
        get async throws {
            // A writer that committed its own group has its answer already: no suspension.
            if case .done(let result) = state.withLock({ $0 }) { return try result.get() }
            return try await withCheckedThrowingContinuation { continuation in
                let result = state.withLock { state -> Result<AppendedEvents, any Error>? in
                    if case .done(let result) = state { return result }
                    state = .awaited(continuation)
                    return nil
                }
                if let result { continuation.resume(with: result) }
            }
        }
    }
}
