import ArgumentParser
import Foundation
import TrellisServer
import TrellisStore

struct AccountCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "account",
        abstract: "Help a member with their account.",
        subcommands: [ResetPassword.self])

    struct ResetPassword: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset-password",
            abstract: "Print a one-time link with which a member sets a new password.",
            discussion: """
                For a member who cannot use "Forgot your password?" (this Trellis sends no mail without \
                --smtp-url): give the link to the person yourself, by a way you know is theirs. It works once, for a day; using it logs out every device signed in as them. \
                A newer link replaces an older one. Their private entries (journal, hurts kept to \
                themselves, unshared fears) stay locked after the new password, until they enter \
                the recovery code they were shown at sign-up: nobody else can open them.
                """)

        @OptionGroup var dataDirectory: DataDirectoryOption

        @OptionGroup var database: DatabaseOption

        @Option(help: ArgumentHelp("The member's email.", valueName: "email"))
        var email: String

        @Option(
            name: .customLong("public-url"),
            help: ArgumentHelp("The address people open Trellis at.", valueName: "url"))
        var publicURL = "http://127.0.0.1:8080"

        func validate() throws {
            guard URL(string: publicURL)?.host != nil else {
                throw ValidationError("--public-url must be a full address such as https://trellis.example.org.")
            }
        }

        func run() async throws {
            let link = try await DataDirectory.withStorage(dataDirectory.storage(database)) { storage in
                try await OperatorTools(storage: storage).resetLink(email: email, publicURL: publicURL)
            }
            print(link)
        }
    }
}
