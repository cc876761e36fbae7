import ArgumentParser
import Configuration

/// `--database`, for every command that can use PostgreSQL instead of the SQLite file.
struct DatabaseOption: ParsableArguments {
    @Option(
        name: .customLong("database"),
        help: ArgumentHelp(
            "A PostgreSQL address, postgres://user:password@host:5432/database, for several instances over one "
                + "database (default: $TRELLIS_DATABASE_URL, else the SQLite file in the data directory).",
            valueName: "url"))
    var url: String?

    /// The flag, under the key the settings read it by.
    var flags: [String: ConfigContent] { url.map { ["database-url": .string($0)] } ?? [:] }
}
