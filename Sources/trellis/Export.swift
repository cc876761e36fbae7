import ArgumentParser
import Foundation
import TrellisServer
import TrellisStore

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export one member's account and their couple's shared record to a JSON file, for them.",
        discussion: """
            Writes the export file's format (the one the member downloads from their settings) to \
            --to, with mode 0600: their account and the shared record of the couple they are in now. \
            It holds none of their private entries: those open only with the member's own password, \
            devices or recovery code, never for whoever runs Trellis. For everything, private entries \
            and couples they left included, the member downloads their own export from their \
            settings. Nothing a person wrote is printed. The member sees on their settings page that \
            an operator exported their data, and when.
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp("The member's email.", valueName: "email"))
    var email: String

    @Option(help: ArgumentHelp("The file to write; it must not exist yet.", valueName: "file"))
    var to: String

    func run() async throws {
        let events = try await DataDirectory.withStorage(dataDirectory.storage(database)) { storage in
            try await OperatorTools(storage: storage).export(email: email, to: to)
        }
        print(
            "Wrote \(to): the member's account and \(events) shared events (no private entries). "
                + "They will see this export in their settings.")
    }
}
