import ArgumentParser
import Foundation
import TrellisServer
import TrellisStore

struct Migrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bring the database schema up to date and list its migrations.",
        discussion: "`trellis serve` does this too on start; run it alone to upgrade before a release.")

    @OptionGroup var dataDirectory: DataDirectoryOption

    func run() throws {
        let directory = dataDirectory.resolved()
        let storage = try DataDirectory.open(directory, environment: ProcessInfo.processInfo.environment)
        let appliedNow = try storage.migrate()
        print("Database: \(directory.appendingPathComponent(SQLiteStorage.fileName).path)")
        for migration in try storage.migrationStatus() {
            let state = appliedNow.contains(migration.name) ? "applied now" : migration.applied ? "applied" : "pending"
            print("\(state): \(migration.name)")
        }
    }
}
