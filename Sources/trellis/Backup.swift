import ArgumentParser
import Foundation
import TrellisSQLite
import TrellisServer
import TrellisStore

struct Backup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the database to a file, consistently, while Trellis runs.",
        discussion: """
            Uses SQLite's online backup, so the copy is one moment of the database even while the \
            server writes. The copy is then opened whole (every sealed value, with the master key) \
            and counted. Keep the master key separately: the copy cannot be read without it.
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption

    @Option(help: ArgumentHelp("The file to write; it must not exist yet (mode 0600).", valueName: "file"))
    var to: String

    func run() throws {
        guard !FileManager.default.fileExists(atPath: to) else {
            throw OperatorError("\(to) exists already; choose a new file.")
        }
        let settings = dataDirectory.storage()
        let storage = try DataDirectory.open(settings)
        try storage.migrate()
        try storage.backup(to: to)
        let summary = try SQLiteStorage.checkBackup(
            at: to,
            masterKey: try MasterKey.load(
                configured: settings.masterKey, dataDirectory: settings.dataDirectory, databaseExists: true))
        print("Wrote \(to) and read it back: \(summary.sentence).")
    }
}

struct Restore: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fill an empty data directory from a backup.",
        discussion: """
            Put the master key the backup was made with in the data directory first (as master.key) \
            or in TRELLIS_MASTER_KEY. The backup is copied in, checked against the key and opened \
            whole before it takes the database's place; on any refusal the directory is left as it was.
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption

    @Option(help: ArgumentHelp("The backup file.", valueName: "file"))
    var from: String

    func run() throws {
        let settings = dataDirectory.storage()
        let directory = settings.dataDirectory
        let database = directory.appendingPathComponent(SQLiteStorage.fileName)
        guard FileManager.default.fileExists(atPath: from) else { throw OperatorError("\(from) does not exist.") }
        guard !FileManager.default.fileExists(atPath: database.path) else {
            throw OperatorError("\(directory.path) already has a database; restore into an empty data directory.")
        }
        guard
            settings.masterKey != nil
                || FileManager.default.fileExists(atPath: directory.appendingPathComponent(MasterKey.fileName).path)
        else {
            throw OperatorError(
                "Put the backup's master key in \(directory.path)/\(MasterKey.fileName) or set \(MasterKey.environmentVariable)."
            )
        }
        let key = try MasterKey.load(configured: settings.masterKey, dataDirectory: directory, databaseExists: true)
        let staging = directory.appendingPathComponent("restoring-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: staging + suffix) } }
        let restored = try SQLiteStorage(path: staging, masterKey: key)
        try restored.restore(from: from)
        try restored.migrate()
        let summary = try restored.verify()
        try restored.close()
        try FileManager.default.moveItem(atPath: staging, toPath: database.path)
        print("Restored \(database.path) from \(from): \(summary.sentence).")
    }
}

extension BackupSummary {
    var sentence: String {
        "\(accounts) accounts, \(couples) couples and \(events) events opened and readable; "
            + "\(sealedForMembers) private entries under members' own keys counted, and left sealed (only their member opens them)"
    }
}
