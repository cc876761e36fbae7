import Foundation
import TrellisLanguage
import TrellisStore

/// Asking for the password again before a step that matters (a new password, a new email,
/// closing the account), so a phone left unlocked is not enough. Limited like a log-in, so a
/// borrowed session cannot be used to guess it.
struct PasswordConfirmation: Sendable {
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let clock: any WallClock

    func check(_ password: String, of account: Account, field: String) async throws {
        // Per session when there is one: guesses on a stolen token spend only that token's budget.
        let attempt = LoginThrottle.Attempt.signedIn(
            member: RequestSession.id.map { "\(account.id) session \($0)" } ?? account.id.description)
        try await throttle.reserve(attempt, at: clock.now())
        guard try await hasher.verify(password, against: account.passwordHash) else {
            throw TrellisError.invalid(field, say("home.refusal.notCurrentPassword"))
        }
        try await throttle.recordSuccess(attempt)
    }
}
