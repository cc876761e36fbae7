import Foundation
import GRDB
import TrellisCore
import TrellisStore

/// What a backup or a restored database holds, counted after every sealed value the master key
/// reaches was opened. Private entries under a member's own key are counted but stay sealed: only
/// their member opens them, never whoever runs the server.
public struct BackupSummary: Sendable, Equatable {
    public let accounts: Int
    public let couples: Int
    /// Events opened and read with the master key.
    public let events: Int
    /// Private entries under members' own keys: counted, not opened.
    public let sealedForMembers: Int
}

extension SQLiteStorage {
    /// A consistent copy of the whole database at one moment, made with SQLite's online backup
    /// while the server goes on writing; the copy is created readable by its owner alone.
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else {
            throw StoreError.unreadable
        }
        try Self.keepToOwner(path)
        let copy = try DatabaseQueue(path: path)
        try pool.backup(to: copy)
        try copy.close()
    }

    /// Reads a backup back whole with `masterKey` (see `verify`), then leaves it as one
    /// self-contained file, with no write-ahead log beside it to lose when it is copied.
    public static func checkBackup(at path: String, masterKey: MasterKey) throws -> BackupSummary {
        let copy = try SQLiteStorage(path: path, masterKey: masterKey)
        let summary = try copy.verify()
        try copy.close()
        let single = try DatabaseQueue(path: path)
        try single.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try single.close()
        return summary
    }

    /// Fills this (new, empty) database from a backup file, page by page.
    public func restore(from path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let source = try DatabaseQueue(path: path, configuration: configuration)
        try source.backup(to: pool)
        try source.close()
    }

    /// Writes everything home into the main file and closes, so the file alone is the database.
    public func close() throws {
        try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        try pool.close()
    }

    /// Opens every sealed value (accounts, couple keys, every event with its own key) and checks
    /// the file's structure, so a backup that counts is one that can be read back whole.
    public func verify() throws -> BackupSummary {
        try pool.read { db in
            guard try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok" else { throw StoreError.unreadable }
            let accounts = try Row.fetchAll(db, sql: "SELECT * FROM accounts")
            for row in accounts { _ = try self.decodeAccount(row) }
            let couples = try String.fetchAll(db, sql: "SELECT id FROM couples").compactMap(CoupleID.init)
            var (events, sealed) = (0, 0)
            for couple in couples {
                let streams = try SQLRequest<String>("SELECT DISTINCT stream FROM events WHERE couple_id = \(couple)")
                    .fetchAll(db)
                for stream in streams {
                    let counted = try self.openAll(of: couple, stream: stream, in: db)
                    (events, sealed) = (events + counted.opened, sealed + counted.sealed)
                }
            }
            return BackupSummary(
                accounts: accounts.count, couples: couples.count, events: events, sealedForMembers: sealed)
        }
    }
}
