import GRDB
import Testing
import TrellisSQLite

/// An acknowledged write survives power loss: the connection that writes syncs the write-ahead
/// log at every commit. GRDB's pool turns WAL on with `synchronous = NORMAL` (a commit not yet on
/// disk) after the connection's own set-up has run; this pins that the store sets FULL after it.
@Suite("Commits synced to disk")
struct SyncedCommitTests {
    @Test func theWritingConnectionSyncsEveryCommitAndOverwritesWhatIsDeleted() async throws {
        let store = try TemporaryStore()
        defer { store.remove() }
        for storage in [store.storage, try store.reopen()] {
            let (synchronous, secureDelete) = try await storage.pool.write { db in
                (try Int.fetchOne(db, sql: "PRAGMA synchronous"), try Int.fetchOne(db, sql: "PRAGMA secure_delete"))
            }
            #expect(synchronous == 2, "FULL")
            #expect(secureDelete == 1)
        }
    }
}
