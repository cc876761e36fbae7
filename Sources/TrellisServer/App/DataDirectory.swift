import Foundation
import TrellisStore

/// The folder where Trellis keeps its database and (unless the environment holds it) its master key.
public enum DataDirectory {
    /// Creates the folder (mode 0700) if needed, loads the key and opens the database (not yet migrated).
    public static func open(_ directory: URL, environment: [String: String]) throws -> SQLiteStorage {
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let database = directory.appendingPathComponent(SQLiteStorage.fileName).path
        let key = try MasterKey.load(
            environment: environment, dataDirectory: directory,
            databaseExists: FileManager.default.fileExists(atPath: database))
        return try SQLiteStorage(path: database, masterKey: key)
    }
}
