import Foundation
import GRDB
import TrellisStore

/// The embedded backend: one SQLite file in WAL mode, every commit synced before it is acknowledged.
public final class SQLiteStorage: OtherWriters {
    public static let fileName = "trellis.sqlite"

    package let pool: DatabasePool
    package let keys: KeyRing
    /// Where another process's appends show (see `AppendMarker`).
    let marker: AppendMarker
    /// Signed-in sessions, kept while this process serves (see `KeptSessions`).
    package let keptSessions = KeptSessions()
    /// Appends waiting for the writer, committed together.
    let appendGroups = AppendGroups()
    /// How slow a password makes its wrap of a member's private key (tests lower it).
    let scryptCost: ScryptCost

    /// Opens (creating if needed) the database file. Call `migrate()` before use.
    public init(path: String, masterKey: MasterKey, scryptCost: ScryptCost = .standard) throws {
        try Self.keepToOwner(path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // What is deleted is overwritten, not left in free pages: a closed account's key and
            // words must not be found in the file afterwards.
            try db.execute(sql: "PRAGMA secure_delete = ON")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        // FULL: a commit is on disk before it returns, so an acknowledged write survives kill -9
        // and power loss alike. Set here, on the one writing connection, because the pool sets
        // NORMAL (no sync at commit) when it turns WAL on, after `prepareDatabase` has run.
        try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
        keys = KeyRing(master: masterKey)
        marker = AppendMarker(databasePath: path)
        self.scryptCost = scryptCost
        pool.add(
            transactionObserver: SessionTablesObserver(sessions: keptSessions, marker: marker),
            extent: .databaseLifetime)
    }

    /// The database is its owner's alone (mode 0600). SQLite gives its WAL and shared-memory files
    /// the database file's mode, so creating it 0600 covers them; files from before are tightened.
    static func keepToOwner(_ path: String) throws {
        let files = FileManager.default
        if !files.fileExists(atPath: path) {
            guard files.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError.unreadable
            }
        }
        for file in [path, path + "-wal", path + "-shm"] where files.fileExists(atPath: file) {
            try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        }
    }

    /// Applies the migrations this database has not had yet, and checks the master key is the one
    /// the database was made with (a wrong key stops here, not at the first login). Returns the
    /// names of the migrations applied now.
    @discardableResult
    public func migrate() throws -> [String] {
        let migrator = Migrations.migrator
        let before = try pool.read { try migrator.appliedIdentifiers($0) }
        try migrator.migrate(pool)
        try pool.write { db in
            let expected = keys.keyCheck
            if let stored = try Data.fetchOne(db, sql: "SELECT value FROM key_check WHERE id = 1") {
                guard stored == expected else {
                    throw MasterKeyError("the master key does not match this database; use the key it was created with")
                }
            } else {
                try db.execute(literal: "INSERT INTO key_check (id, value) VALUES (1, \(expected))")
            }
        }
        return try pool.read { db in try migrator.appliedIdentifiers(db).subtracting(before).sorted() }
    }

    /// One serving process per file: the others (`trellis export`, `migrate`) mark what they write.
    public func serve() -> @Sendable () -> Int64 {
        let otherWrites = marker.serve()
        keptSessions.trust(otherWrites: otherWrites)
        return otherWrites
    }

    /// Every migration the code knows, and whether this database has it.
    public func migrationStatus() throws -> [(name: String, applied: Bool)] {
        let migrator = Migrations.migrator
        let applied = try pool.read { try migrator.appliedIdentifiers($0) }
        return migrator.migrations.map { ($0, applied.contains($0)) }
    }
}
