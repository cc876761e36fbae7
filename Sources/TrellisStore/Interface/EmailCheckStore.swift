import Foundation
import TrellisCore

/// A link that proves an address is its member's, and the mail that carries it there.
public struct EmailCheck: Sendable {
    public let tokenHash: [UInt8]
    public let expiresAt: Date
    public let mail: OutboxItem

    public init(tokenHash: [UInt8], expiresAt: Date, mail: OutboxItem) {
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
        self.mail = mail
    }
}

/// A change of address: the new one's check, and the word to the old one.
public struct EmailChange: Sendable {
    public let check: EmailCheck
    public let notice: OutboxItem

    public init(check: EmailCheck, notice: OutboxItem) {
        self.check = check
        self.notice = notice
    }
}

/// Addresses proven to be their member's. Until a new account's address is proven, Trellis sends
/// it nothing but the check itself.
public protocol EmailCheckStore: Sendable {
    /// Whether the member's current address is proven (accounts from before checks count as proven).
    func isEmailVerified(_ member: MemberID) async throws -> Bool
    /// A new check of the member's current address, replacing an earlier one, with its mail.
    func createEmailCheck(_ check: EmailCheck, for member: MemberID) async throws
    /// Uses a live check: the member whose address it proves, or nil (used, old, or unknown).
    func completeEmailCheck(tokenHash: [UInt8], at time: Date) async throws -> MemberID?
}
