import ArgumentParser
import Foundation
import TrellisServer
import TrellisStore

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export everything one member may see to a JSON file, for them.",
        discussion: """
            Writes the same file the member can download from their settings (their account, the \
            shared record and their own private entries, never their partner's) to --to, with mode \
            0600. Nothing a person wrote is printed. The member sees on their settings page that an \
            operator exported their data, and when.
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp("The member's email.", valueName: "email"))
    var email: String

    @Option(help: ArgumentHelp("The file to write; it must not exist yet.", valueName: "file"))
    var to: String

    func run() async throws {
        let storage = try await DataDirectory.storage(
            dataDirectory.resolved(), database: database.url, environment: ProcessInfo.processInfo.environment)
        let events = try await OperatorTools(storage: storage).export(email: email, to: to)
        print("Wrote \(to): the member's account and \(events) events. They will see this export in their settings.")
    }
}
