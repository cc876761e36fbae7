import Foundation
import Logging
import TrellisCore
import TrellisStore

/// What an operator can do for one member from the command line, never printing anything a
/// person wrote: export their data to a file (noted for the member to see on their settings
/// page), and make a one-time link to set a new password.
public struct OperatorTools: Sendable {
    let storage: any TrellisStorage
    let clock: any WallClock
    let security: SecurityLog

    public init(
        storage: any TrellisStorage, clock: any WallClock = SystemWallClock(),
        securityLogger: Logger = Logger(label: "trellis.security")
    ) {
        self.storage = storage
        self.clock = clock
        security = SecurityLog(logger: securityLogger, storage: storage)
    }

    /// Writes the member's export (the same file they can download) to `path`, created with mode
    /// 0600 and never over an existing file. Returns how many events it holds.
    public func export(email: String, to path: String) async throws -> Int {
        let account = try await account(email)
        guard !FileManager.default.fileExists(atPath: path) else {
            throw OperatorError("\(path) exists already; choose a new file.")
        }
        try await storage.recordOperatorExport(of: account.id, at: clock.now())
        // The file holds the couple's shared record: both partners see that it was read.
        if let couple = account.coupleID {
            // Decided on the shared record: the member's private key is never opened here.
            _ = try await couples.commit(
                .help(.recordOperatorExport, today: account.settings.today(at: clock.now())), to: couple, by: account
            ) { try await couples.sharedState(of: couple) }
        }
        let export = try await MemberExport.read(account, from: storage, at: clock.now(), privateEntries: false)
        guard
            FileManager.default.createFile(
                atPath: path, contents: try export.json(), attributes: [.posixPermissions: 0o600])
        else { throw OperatorError("could not write \(path)") }
        security.record(.operatorExport, account: account.id)
        return export.couple?.events.count ?? 0
    }

    /// A link that sets a new password once, within a day.
    public func resetLink(email: String, publicURL: String) async throws -> String {
        let resets = PasswordResets(
            storage: storage, hasher: PasswordHasher(), clock: clock, security: security, couples: couples)
        guard let token = try await resets.makeToken(for: email) else { throw OperatorError.noAccount }
        return (publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL) + "/reset/" + token
    }

    /// The couples as this tool reaches them: one at a time, decided on the shared record only.
    private var couples: CoupleService {
        CoupleService(
            storage: storage, clock: clock, folds: KeptFolds(storage: storage, capacity: 1), security: security)
    }

    private func account(_ email: String) async throws -> Account {
        guard let account = try await storage.account(email: CredentialRules.normalisedEmail(email)) else {
            throw OperatorError.noAccount
        }
        return account
    }
}

/// A refusal of an operator command, said in one line.
public struct OperatorError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
    static let noAccount = OperatorError("No account has that email.")
}
