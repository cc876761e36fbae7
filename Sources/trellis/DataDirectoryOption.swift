import ArgumentParser
import Foundation

/// `--data-dir`, shared by every command that opens the database.
struct DataDirectoryOption: ParsableArguments {
    static let environmentVariable = "TRELLIS_DATA_DIR"

    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "Where the database and key file live (default: $TRELLIS_DATA_DIR, else ./trellis-data).",
            valueName: "path"))
    var path: String?

    /// The flag wins over the environment, which wins over the default.
    func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let chosen = path ?? environment[Self.environmentVariable] ?? "trellis-data"
        return URL(fileURLWithPath: chosen).standardizedFileURL
    }
}
