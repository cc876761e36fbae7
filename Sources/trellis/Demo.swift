import ArgumentParser
import Foundation
import TrellisServer
import TrellisStore

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a demo couple with a few weeks of history, to try Trellis at once.",
        discussion: """
            Creates Sam and Alex in the data directory, four weeks into repairing trust about money \
            (switches, a hurt, clear actions and how they followed through, journal days, feedback), \
            and prints their emails and passwords. Then run `trellis serve` and log in as either.
            With --couples, creates that many couples with --events events of history each instead, \
            for benchmarks, and writes a session token of each couple's first member to --tokens.
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption

    @Option(help: "Create this many benchmark couples instead of Sam and Alex.")
    var couples: Int?

    @Option(help: "How many events each benchmark couple's history holds, at least.")
    var events = 10

    @Option(
        help: ArgumentHelp(
            "Where to write one line per benchmark couple: its id and a session token (mode 0600).",
            valueName: "file"))
    var tokens: String?

    func validate() throws {
        if let couples {
            guard couples >= 0 else { throw ValidationError("--couples must be 0 or more.") }
            guard tokens != nil else { throw ValidationError("--couples needs --tokens, where the tokens go.") }
        }
        guard events >= 1 else { throw ValidationError("--events must be 1 or more.") }
    }

    func run() async throws {
        let storageSettings = dataDirectory.storage()
        let directory = storageSettings.dataDirectory
        let storage = try DataDirectory.open(storageSettings)
        try storage.migrate()
        let seeder = DemoSeeder(storage: storage)
        if let couples, let tokens {
            let seeded = try await seeder.seedCouples(couples, events: events)
            let lines = seeded.map { "\($0.couple) \($0.token)\n" }.joined()
            guard
                FileManager.default.createFile(
                    atPath: tokens, contents: Data(lines.utf8), attributes: [.posixPermissions: 0o600])
            else { throw ValidationError("could not write \(tokens)") }
            let counts = Set(seeded.map(\.events)).sorted().map(String.init).joined(separator: ", ")
            print("Created \(seeded.count) couples (events each: \(counts)) in \(directory.path); tokens in \(tokens).")
        } else {
            let logins = try await seeder.seedDemoCouple()
            print("Created a demo couple in \(directory.path), four weeks into repairing trust:")
            for login in logins { print("  \(login.name): \(login.email)  password: \(login.password)") }
            print("Run `trellis serve --data-dir \(directory.path)` and log in as either of them.")
        }
    }
}
