import Foundation
import TrellisCore
import TrellisStore

/// "Forgot my password", without the operator: a one-time link by mail, for a day, under the same
/// rules as an operator's link (it logs out every device; private entries from before wait for
/// the recovery code). Whoever asks learns nothing of whether an account has the address: the
/// answer is the same, and so is the work, up to the mail itself.
struct PasswordResetMail: Sendable {
    let storage: any AccountStore & AccountClosing
    let throttle: LoginThrottle
    let clock: any WallClock
    let security: SecurityLog

    /// Writes the link's mail to the outbox, with the link itself, when an account has `email` and
    /// neither the email nor the address has asked too often; otherwise nothing.
    func request(email raw: String, from address: String) async throws {
        let now = clock.now()
        guard
            let account = try await LinkRequest.account(
                "reset", email: raw, from: address, storage: storage, throttle: throttle, at: now)
        else { return }
        let token = SecretToken.session().value
        let mail = EmailChecks.mail(.passwordReset, to: account.id, secret: token, at: now)
        try await storage.createPasswordReset(
            tokenHash: SecretToken.hash(token), for: account.id,
            expiresAt: now.addingTimeInterval(PasswordResets.lifetime),
            mail: mail)
        security.record(.passwordResetMailed, account: account.id)
    }
}
