import Foundation
import TrellisCore
import TrellisLanguage
import TrellisStore

/// A one-time link an operator makes for someone who cannot log in (there is no email sending):
/// it works once, for a day, and setting a new password through it logs out every device.
struct PasswordResets: Sendable {
    static let lifetime: TimeInterval = 24 * 60 * 60

    let storage: any AccountStore & AccountClosing & PrivateKeyStore
    let hasher: PasswordHasher
    let clock: any WallClock
    let security: SecurityLog
    /// Tells the partner, on the shared record, that the password was reset.
    let couples: CoupleService

    /// The link's secret part; nil when no account has the email.
    func makeToken(for email: String) async throws -> String? {
        guard let account = try await storage.account(email: CredentialRules.normalisedEmail(email)) else {
            return nil
        }
        let token = SecretToken.session().value
        try await storage.createPasswordReset(
            tokenHash: SecretToken.hash(token), for: account.id,
            expiresAt: clock.now().addingTimeInterval(Self.lifetime))
        security.record(.passwordResetLinkMade, account: account.id)
        return token
    }

    /// Whether the link can still be used (the page asks before showing its form).
    func isLive(_ token: String) async throws -> Bool {
        try await storage.passwordReset(tokenHash: SecretToken.hash(token), at: clock.now()) != nil
    }

    func reset(_ token: String, newPassword raw: String) async throws {
        let password = try PasswordPolicy.check(raw, field: "newPassword")
        let hash = try await hasher.hash(password)
        let member = try await storage.passwordReset(tokenHash: SecretToken.hash(token), at: clock.now())
        guard let member,
            try await storage.completePasswordReset(
                tokenHash: SecretToken.hash(token), newHash: hash, at: clock.now())
        else { throw TrellisError.resetLinkUsed }
        // Whoever made the link never held the member's key: a fresh one, and the old entries stay
        // sealed until the member enters their recovery code.
        try await storage.resetPrivateKey(of: member, password: password)
        security.record(.passwordReset, account: member)
        // Whoever set it has not proven to be the member yet: the partner is told (with the day),
        // and decides what to share; what they kept for the member waits for the recovery code.
        if let account = try await storage.account(id: member), let couple = account.coupleID {
            _ = try await couples.commit(.passwordReset, to: couple, by: account) {
                try await couples.sharedState(of: couple)
            }
        }
    }
}

extension TrellisError {
    static var resetLinkUsed: Self {
        Self(.gone, "reset_link_used", say("home.refusal.resetLinkUsed"))
    }
}
