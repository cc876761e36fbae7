import ArgumentParser
import Configuration
import Foundation
import TrellisServer

/// `--data-dir`, shared by every command that opens the database.
struct DataDirectoryOption: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "Where the database and key file live (default: $TRELLIS_DATA_DIR, else ./trellis-data).",
            valueName: "path"))
    var path: String?

    /// The flag, under the key the settings read it by.
    var flags: [String: ConfigContent] { path.map { ["data-dir": .string($0)] } ?? [:] }

    /// The data directory, the database and the master key as `serve` reads them: the flags,
    /// then the environment, then the defaults.
    func storage(_ database: DatabaseOption? = nil) -> StorageSettings {
        let flags = self.flags.merging(database?.flags ?? [:]) { $1 }
        return StorageSettings(
            reading: SettingsSources(flags: flags, environment: ProcessInfo.processInfo.environment).reader)
    }
}
