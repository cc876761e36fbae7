import ArgumentParser
import Foundation
import TrellisServer
import TrellisStore

struct OutboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outbox",
        abstract: "List the mail Trellis sent, is sending, or gave up on.",
        discussion: """
            Newest first: each message's id (its Message-ID), kind, status, tries, when it was \
            written and, for one not sent, the mail server's last answer. Never an address or a \
            link: the outbox keeps neither in clear. A message is tried again after 1 and 5 minutes, \
            half an hour, 2 and 6 hours, then kept as failed.
            """)

    @OptionGroup var dataDirectory: DataDirectoryOption

    @OptionGroup var database: DatabaseOption

    @Option(help: ArgumentHelp("Only messages with this status.", valueName: "pending|sending|sent|failed"))
    var status: OutboxEntry.Status?

    @Option(help: ArgumentHelp("At most this many.", valueName: "count"))
    var limit = 50

    func validate() throws {
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000.") }
    }

    func run() async throws {
        let entries = try await DataDirectory.withStorage(dataDirectory.storage(database)) { storage in
            try await storage.outbox(status: status, limit: limit)
        }
        guard !entries.isEmpty else {
            print("The outbox is empty\(status.map { " of \($0.rawValue) mail" } ?? "").")
            return
        }
        let formatter = ISO8601DateFormatter()
        for entry in entries {
            let error = entry.lastError.map { "  \($0)" } ?? ""
            print(
                "\(formatter.string(from: entry.createdAt))  \(entry.status.rawValue)  \(entry.kind)  "
                    + "tries \(entry.attempts)  \(entry.id)\(error)")
        }
    }
}

extension OutboxEntry.Status: ExpressibleByArgument {}
