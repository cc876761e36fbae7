import Foundation
import TrellisStore

/// Asking for a link by mail ("forgot my password", "a link for this device"): the account the
/// email names, when neither the email nor the asking address has had its share of such mails.
/// Nil otherwise, and nil when no account has the email: the asker is answered the same either way.
enum LinkRequest {
    static func account(
        _ purpose: String, email raw: String, from address: String, storage: any AccountStore,
        throttle: LoginThrottle, at now: Date
    ) async throws -> Account? {
        let email = CredentialRules.normalisedEmail(raw)
        guard await throttle.reserveMail(purpose, email: email, address: address, at: now) else { return nil }
        return try await storage.account(email: email)
    }
}
