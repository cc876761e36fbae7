import GRDB
import Synchronization
import TrellisStore

/// Watches every commit on this process's connection for a change to what a signed-in session is
/// read from (sessions, accounts, private keys, a phone's privacy), including rows a foreign key
/// cascade removes: the serving process then lets its kept sessions go, and any other process
/// (`trellis account`, `trellis migrate`) marks the change for the serving one (`AppendMarker`).
final class SessionTablesObserver: TransactionObserver, Sendable {
    static let tables: Set<String> = ["sessions", "accounts", "private_keys", "phone_privacy"]

    private let sessions: KeptSessions
    private let marker: AppendMarker
    /// Whether the transaction under way changed one of them (only the writer touches it).
    private let changed = Atomic<Bool>(false)

    init(sessions: KeptSessions, marker: AppendMarker) { (self.sessions, self.marker) = (sessions, marker) }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { Self.tables.contains(eventKind.tableName) }

    func databaseDidChange(with event: DatabaseEvent) { noteChange() }

    func databaseDidChange() { noteChange() }

    private func noteChange() {
        changed.store(true, ordering: .relaxed)
        stopObservingDatabaseChangesUntilNextTransaction()
    }

    func databaseDidCommit(_ db: Database) {
        guard changed.exchange(false, ordering: .relaxed) else { return }
        sessions.changed()
        marker.noteChange()
    }

    func databaseDidRollback(_ db: Database) { changed.store(false, ordering: .relaxed) }
}
