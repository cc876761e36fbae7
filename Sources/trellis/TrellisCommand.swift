import ArgumentParser

@main
struct TrellisCommand: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "trellis",
        abstract: "Run and administer Trellis, where two partners build trust on purpose and repair it.",
        discussion: """
            Trellis keeps everything in one data directory: an encrypted SQLite database and, unless \
            TRELLIS_MASTER_KEY is set, the master key file that unlocks it. Start with `trellis serve`.
            """,
        version: version,
        subcommands: [
            Serve.self, Migrate.self, Demo.self, Export.self, AccountCommand.self, Backup.self, Restore.self,
            CopyData.self, OutboxCommand.self,
            Version.self,
        ]
    )
}
