import Foundation
import TrellisCore
import TrellisStore

/// Proving an address is its member's: a link by mail at sign-up and after a change, good for a
/// day. Until the link is used, Trellis sends that address nothing else.
struct EmailChecks: Sendable {
    static let lifetime: TimeInterval = 24 * 60 * 60

    let storage: any EmailCheckStore
    let clock: any WallClock

    /// A new check of `member`'s address, with the mail carrying its link, to write with the step
    /// that calls for it.
    func check(for member: MemberID) -> EmailCheck {
        let token = SecretToken.session().value
        let now = clock.now()
        return EmailCheck(
            tokenHash: SecretToken.hash(token), expiresAt: now.addingTimeInterval(Self.lifetime),
            mail: Self.mail(.verifyEmail, to: member, secret: token, at: now))
    }

    /// The link again (the first lost, or a day gone); nothing when the address is proven already.
    func resend(to member: MemberID) async throws {
        guard try await !storage.isEmailVerified(member) else { return }
        try await storage.createEmailCheck(check(for: member), for: member)
    }

    /// Uses the link; false when it is used, old or unknown.
    func complete(_ token: String) async throws -> Bool {
        try await storage.completeEmailCheck(tokenHash: SecretToken.hash(token), at: clock.now()) != nil
    }

    /// A message of `kind` for `member`, with a fresh id.
    static func mail(_ kind: OutboxKind, to member: MemberID, secret: String? = nil, at time: Date) -> OutboxItem {
        OutboxItem(
            id: "\(UUID().uuidString.lowercased())@trellis", kind: kind.rawValue, account: member, secret: secret,
            createdAt: time)
    }
}
