import ArgumentParser
import Foundation
import TrellisCopy
import TrellisPostgres
import TrellisSQLite
import TrellisServer
import TrellisStore

struct CopyData: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy-data",
        abstract: "Move an installation from its SQLite file to PostgreSQL.",
        discussion: """
            Copies every row as stored (still sealed: nothing is opened on the way) into an empty, \
            migrated PostgreSQL database in one transaction, then counts both sides and folds every \
            couple on both, for every member, and compares. Stop the server first. The master key is \
            the one beside the SQLite file, or TRELLIS_MASTER_KEY; serve PostgreSQL with the same key.
            """)

    @Option(help: ArgumentHelp("sqlite:PATH, the data directory (or its trellis.sqlite).", valueName: "source"))
    var from: String

    @Option(help: ArgumentHelp("postgres://user:password@host:5432/database", valueName: "url"))
    var to: String

    func validate() throws {
        guard from.hasPrefix("sqlite:") else { throw ValidationError("--from must be sqlite:PATH.") }
        guard to.hasPrefix("postgres://") || to.hasPrefix("postgresql://") else {
            throw ValidationError("--to must be a postgres:// address.")
        }
    }

    func run() async throws {
        var path = URL(fileURLWithPath: String(from.dropFirst("sqlite:".count))).standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
            throw OperatorError("\(path.path) does not exist.")
        }
        if isDirectory.boolValue { path.appendPathComponent(SQLiteStorage.fileName) }
        let configured = StorageSettings(
            reading: SettingsSources(flags: [:], environment: ProcessInfo.processInfo.environment).reader
        ).masterKey
        let key = try MasterKey.load(
            configured: configured, dataDirectory: path.deletingLastPathComponent(), databaseExists: true)
        let source = try SQLiteStorage(path: path.path, masterKey: key)
        try source.migrate()
        let target = try PostgresStorage(url: to, masterKey: key)
        let summary = try await target.whileRunning {
            try await target.migrate()
            return try await DataCopy.copy(from: source, to: target)
        }
        let rows = summary.rows.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        print("Copied and checked: \(rows); \(summary.couplesChecked) couples fold the same on both sides.")
    }
}
