import Foundation
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The lock on a member's devices (`PhonePrivacy`, `DeviceLock`): choosing it, locking a device
/// (the quick exit), and opening it again with the lock code or the password. Both are checked
/// here on the server, under the throttle: the code has a budget of its own that slows guessing,
/// and the password (which has its own) always opens, so guessing the code never shuts the owner out.
struct DeviceLocks: Sendable {
    let storage: any PhonePrivacyStore
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let security: SecurityLog
    let clock: any WallClock

    /// Stores the member's choice. Choosing or changing what opens the lock asks for the password
    /// (so whoever finds a device open cannot set a lock of their own); a code is kept as a hash.
    func choose(
        _ privacy: PhonePrivacy, code: String?, password: String?, for signedIn: SignedIn, token: String
    ) async throws {
        var codeHash = signedIn.lockCodeHash
        let newCode = code.flatMap { $0.isEmpty ? nil : $0 }
        if privacy.lock != signedIn.privacy.lock || newCode != nil {
            try await PasswordConfirmation(hasher: hasher, throttle: throttle, clock: clock)
                .check(password ?? "", of: signedIn.account, field: "password")
        }
        if privacy.lock == .code {
            if let newCode {
                let checked: String
                do {
                    checked = try LockCode.check(newCode)
                } catch {
                    throw TrellisError(CoupleRuleError.step(error))
                }
                codeHash = try await hasher.hash(checked)
            }
            guard codeHash != nil else { throw TrellisError.invalid("code", say("home.refusal.chooseLockCode")) }
        }
        try await storage.setPhonePrivacy(privacy, lockCodeHash: codeHash, for: signedIn.account.id)
        // This device counts as just unlocked, so the new lock does not bite at once.
        try await storage.setDeviceLock(
            signedIn.session.lock.unlocked(at: clock.now()), tokenHash: SecretToken.hash(token), usedAt: clock.now())
        if privacy.lock != signedIn.privacy.lock || newCode != nil {
            security.record(.lockChanged, account: signedIn.account.id)
        }
    }

    /// How long this device waits unused before it locks.
    func setLockTime(_ seconds: Int, for signedIn: SignedIn, token: String) async throws {
        guard DeviceLock.choices.contains(seconds) else {
            throw TrellisError.invalid("lockAfter", say("home.refusal.chooseLockTime"))
        }
        var lock = signedIn.session.lock
        lock.after = seconds
        try await storage.setDeviceLock(lock, tokenHash: SecretToken.hash(token), usedAt: clock.now())
    }

    /// Locks this device now (the quick exit); a member with no lock is signed out of it instead.
    /// True when it locked.
    func lock(_ signedIn: SignedIn, token: String) async throws -> Bool {
        guard signedIn.privacy.locks else { return false }
        var lock = signedIn.session.lock
        lock.locked = true
        try await storage.setDeviceLock(lock, tokenHash: SecretToken.hash(token), usedAt: nil)
        return true
    }

    /// Opens this device with the lock code, or the password (which always opens it).
    func unlock(_ signedIn: SignedIn, token: String, code: String?, password: String?) async throws {
        let member = signedIn.account.id.description
        let attempt: LoginThrottle.Attempt
        let secret: String
        let hash: String
        if let code, !code.isEmpty, signedIn.privacy.lock == .code, let codeHash = signedIn.lockCodeHash {
            (attempt, secret, hash) = (.lockCode(member: member), code.trimmingCharacters(in: .whitespaces), codeHash)
        } else if let password, !password.isEmpty {
            (attempt, secret, hash) = (
                .signedIn(member: "\(member) session \(signedIn.session.id)"), password, signedIn.account.passwordHash
            )
        } else {
            throw TrellisError.invalid(
                signedIn.privacy.lock == .code ? "code" : "password", say("home.refusal.giveCodeOrPassword"))
        }
        try await throttle.reserve(attempt, at: clock.now())
        guard try await hasher.verify(secret, against: hash) else {
            security.record(.unlockFailed, account: signedIn.account.id)
            throw TrellisError.invalid(
                attempt.isLockCode ? "code" : "password",
                attempt.isLockCode ? say("home.refusal.wrongLockCode") : say("home.refusal.wrongPassword"))
        }
        try await throttle.recordSuccess(attempt)
        let now = clock.now()
        try await storage.setDeviceLock(
            signedIn.session.lock.unlocked(at: now), tokenHash: SecretToken.hash(token), usedAt: now)
    }

}

extension LoginThrottle.Attempt {
    var isLockCode: Bool {
        if case .lockCode = self { true } else { false }
    }
}
