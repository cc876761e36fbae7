import Configuration
import Foundation

/// Where the data lives and what opens it, read the same way by every command that opens it.
public struct StorageSettings: Sendable {
    /// The folder of the SQLite file and the key file (`data-dir`, default ./trellis-data).
    public var dataDirectory: URL
    /// A PostgreSQL address (`database-url`, a secret: it may hold a password); nil serves the
    /// SQLite file in the data directory.
    public var database: String?
    /// The master key as base64 (`master-key`, a secret); nil reads or makes the data
    /// directory's key file.
    public var masterKey: String?

    public init(dataDirectory: URL, database: String? = nil, masterKey: String? = nil) {
        self.dataDirectory = dataDirectory
        self.database = database
        self.masterKey = masterKey
    }

    public init(reading config: ConfigReader) {
        self.init(
            dataDirectory: URL(fileURLWithPath: config.string(forKey: "data-dir", default: "trellis-data"))
                .standardizedFileURL,
            database: config.string(forKey: "database-url", isSecret: true),
            masterKey: config.string(forKey: "master-key", isSecret: true))
    }
}
