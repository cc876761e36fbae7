import Foundation
import GRDB

/// The embedded backend: one SQLite file in WAL mode, every commit synced before it is acknowledged.
public final class SQLiteStorage: Sendable {
    public static let fileName = "trellis.sqlite"

    let pool: DatabasePool
    let keys: KeyRing

    /// Opens (creating if needed) the database file. Call `migrate()` before use.
    public init(path: String, masterKey: MasterKey) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // FULL: a commit is on disk before it returns, so an acknowledged write survives kill -9
            // and power loss alike.
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        keys = KeyRing(master: masterKey)
    }

    /// Applies the migrations this database has not had yet; returns their names.
    @discardableResult
    public func migrate() throws -> [String] {
        let migrator = Migrations.migrator
        let before = try pool.read { try migrator.appliedIdentifiers($0) }
        try migrator.migrate(pool)
        return try pool.read { db in try migrator.appliedIdentifiers(db).subtracting(before).sorted() }
    }

    /// Every migration the code knows, and whether this database has it.
    public func migrationStatus() throws -> [(name: String, applied: Bool)] {
        let migrator = Migrations.migrator
        let applied = try pool.read { try migrator.appliedIdentifiers($0) }
        return migrator.migrations.map { ($0, applied.contains($0)) }
    }
}
