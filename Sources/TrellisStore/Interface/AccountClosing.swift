import Foundation
import TrellisCore

/// Leaving for good, and what an operator may do for a member who cannot log in.
extension AccountClosing {
    /// A link an operator hands over: no mail.
    public func createPasswordReset(tokenHash: [UInt8], for member: MemberID, expiresAt: Date) async throws {
        try await createPasswordReset(tokenHash: tokenHash, for: member, expiresAt: expiresAt, mail: nil)
    }
}

public protocol AccountClosing: Sendable {
    /// Destroys the account in one transaction: its sessions, email, name and member key (so every
    /// private entry sealed under it is unreadable for good, and the rows are overwritten), its
    /// name in every couple's record (a shared `accountClosed` event says so, so every reader of
    /// those couples catches up), and each couple nobody belongs to any more. The member must have
    /// left their couple first. Returns the couples whose record changed.
    func closeAccount(_ member: MemberID, at time: Date) async throws -> [CoupleID]

    /// Every couple the member belonged to, whether they are in it now or left it (those both
    /// partners left are gone). Found by a scan of the log: it serves closing an account and a
    /// member's export, both rare, so no index is paid for on every append.
    func couplesJoined(by member: MemberID) async throws -> [CoupleID]

    /// Stores a one-time password-reset link's hash, replacing any earlier one of the member's;
    /// with `mail`, the message carrying the link is written in the same transaction.
    func createPasswordReset(tokenHash: [UInt8], for member: MemberID, expiresAt: Date, mail: OutboxItem?)
        async throws
    /// The account a live reset link belongs to, if any.
    func passwordReset(tokenHash: [UInt8], at time: Date) async throws -> MemberID?
    /// Uses the link up: sets the password and ends every session of the member, in one
    /// transaction. False if the link was used or expired meanwhile.
    func completePasswordReset(tokenHash: [UInt8], newHash: String, at time: Date) async throws -> Bool

    /// Notes that an operator exported the member's data, for the member to see.
    func recordOperatorExport(of member: MemberID, at time: Date) async throws
    func operatorExports(of member: MemberID) async throws -> [Date]
}
