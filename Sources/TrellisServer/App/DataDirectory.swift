import Foundation
import TrellisPostgres
import TrellisSQLite
import TrellisStore

/// The folder where Trellis keeps its database and (unless the master key is configured) its key file.
public enum DataDirectory {
    /// Runs `body` with the storage to serve from, migrated: PostgreSQL when `settings` name a
    /// database, with its connection pool running until `body` returns; else the embedded SQLite
    /// file in the data directory. Applied migrations are reported to `applied`. A server's
    /// services stop inside `body`, so the pool closes after them.
    public static func withStorage<T: Sendable>(
        _ settings: StorageSettings, applied: (String) -> Void = { _ in },
        _ body: (any TrellisStorage) async throws -> T
    ) async throws -> T {
        guard let url = settings.database else {
            let storage = try open(settings)
            try storage.migrate().forEach(applied)
            return try await body(storage)
        }
        let directory = settings.dataDirectory
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        // A key made here for a new database is refused by every instance holding another one.
        let key = try MasterKey.load(configured: settings.masterKey, dataDirectory: directory, databaseExists: false)
        let storage = try PostgresStorage(url: url, masterKey: key)
        return try await storage.whileRunning {
            try await storage.migrate().forEach(applied)
            return try await body(storage)
        }
    }

    /// Creates the folder (mode 0700) if needed, loads the key and opens the database (not yet
    /// migrated). `scryptCost` is how slow a password makes its wrap of a private key (tests lower it).
    public static func open(_ settings: StorageSettings, scryptCost: ScryptCost = .standard) throws -> SQLiteStorage {
        let directory = settings.dataDirectory
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let database = directory.appendingPathComponent(SQLiteStorage.fileName).path
        let key = try MasterKey.load(
            configured: settings.masterKey, dataDirectory: directory,
            databaseExists: FileManager.default.fileExists(atPath: database))
        return try SQLiteStorage(path: database, masterKey: key, scryptCost: scryptCost)
    }
}
