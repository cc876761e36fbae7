import Foundation
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The member's recovery code: a new one in place of the old, or entering it to open private
/// entries an operator's reset left sealed. Both ask for the password first, limited like a log-in.
struct RecoveryCodes: Sendable {
    let storage: any PrivateKeyStore
    let confirmation: PasswordConfirmation
    let security: SecurityLog

    func status(of account: Account) async throws -> PrivateKeyStatus {
        try await storage.privateKeyStatus(of: account.id)
    }

    /// A new code; the old one stops opening anything.
    func renew(for account: Account, password: String) async throws -> RecoveryCode {
        try await confirmation.check(password, of: account, field: "password")
        guard case .own = try await status(of: account) else {
            throw TrellisError(.conflict, "recovery_pending", say("home.refusal.recoveryPending"))
        }
        return try await storage.renewRecoveryCode(of: account.id)
    }

    /// Opens the entries from before an operator's reset (or re-opens the key under this password).
    func recover(for account: Account, code typed: String, password: String, session token: String) async throws {
        try await confirmation.check(password, of: account, field: "password")
        let code = try RecoveryCode(typed).orInvalid(
            "recoveryCode", say("home.refusal.recoveryCodeShape"))
        let session = SessionSecret(token: token, hash: SecretToken.hash(token))
        guard try await storage.recoverPrivateKey(of: account.id, code: code, password: password, session: session)
        else {
            throw TrellisError.invalid("recoveryCode", say("home.refusal.recoveryCodeWrong"))
        }
        security.record(.privateKeyRecovered, account: account.id)
    }
}

extension PrivateKeyStatus {
    /// How the API names it.
    var name: String {
        switch self {
        case .masterWrapped: "fromBefore"
        case .own: "yours"
        case .awaitingRecovery: "awaitingRecovery"
        }
    }
}
