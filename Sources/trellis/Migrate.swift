import ArgumentParser
import Foundation
import TrellisPostgres
import TrellisSQLite
import TrellisServer
import TrellisStore

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring the database schema up to date and list its migrations.",
        discussion: """
            `trellis serve` does this too on start; run it alone to upgrade before a release. With \
            --database (or TRELLIS_DATABASE_URL), the PostgreSQL database; several instances starting \
            at once migrate it once, under a lock.
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption

    @OptionGroup var database: DatabaseOption

    func run() async throws {
        let storageSettings = dataDirectory.storage(database)
        let directory = storageSettings.dataDirectory
        var appliedNow: [String] = []
        let noteApplied: (String) -> Void = { appliedNow.append($0) }
        let (database, status) = try await DataDirectory.withStorage(storageSettings, applied: noteApplied) {
            storage -> (String, [(name: String, applied: Bool)]) in
            if let postgres = storage as? PostgresStorage {
                return ("PostgreSQL", try await postgres.migrationStatus())
            } else if let sqlite = storage as? SQLiteStorage {
                return (directory.appendingPathComponent(SQLiteStorage.fileName).path, try sqlite.migrationStatus())
            }
            return ("", [])
        }
        print("Database: \(database)")
        for migration in status {
            let state = appliedNow.contains(migration.name) ? "applied now" : migration.applied ? "applied" : "pending"
            print("\(state): \(migration.name)")
        }
    }
}
