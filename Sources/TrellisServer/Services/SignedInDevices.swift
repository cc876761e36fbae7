import Foundation
import TrellisCore
import TrellisLanguage
import TrellisStore

/// What a member can do about their own sign-ins: see the devices signed in as them, log one out
/// or all but this one, and change their password, which logs out every other device at once.
/// `token` is always the caller's own session token, which stays signed in.
struct SignedInDevices: Sendable {
    let storage: any TrellisStorage
    let clock: any WallClock
    let settings: ServerSettings
    let throttle: LoginThrottle
    let security: SecurityLog

    /// Their sessions, most recently used first, with the id of the one asking.
    func list(token: String) async throws -> (sessions: [SessionRecord], current: String?) {
        let current = try await storage.session(tokenHash: SecretToken.hash(token))
        guard let member = current?.account.id else { throw TrellisError.notAuthenticated }
        return (try await storage.sessions(of: member), current?.session.id)
    }

    func end(session id: String, of account: Account) async throws {
        guard try await storage.deleteSession(id: id, of: account.id) else {
            throw TrellisError(.notFound, "not_found", say("home.refusal.deviceNotYours"))
        }
        security.record(.sessionEnded, account: account.id)
    }

    /// How many other devices were logged out. Asks for the password again: a stolen token alone
    /// cannot throw the owner out everywhere.
    func endOthers(of account: Account, keeping token: String, password: String) async throws -> Int {
        try await PasswordConfirmation(hasher: settings.passwordHasher, throttle: throttle, clock: clock)
            .check(password, of: account, field: "password")
        let ended = try await storage.deleteSessions(of: account.id, keeping: SecretToken.hash(token))
        if ended > 0 { security.record(.sessionEnded, account: account.id) }
        return ended
    }

    /// Checks the current password, then stores the new one and ends every other session in one step.
    func changePassword(current: String, new rawNew: String, of account: Account, keeping token: String)
        async throws
    {
        try await PasswordConfirmation(hasher: settings.passwordHasher, throttle: throttle, clock: clock)
            .check(current, of: account, field: "currentPassword")
        let new = try PasswordPolicy.check(rawNew, field: "newPassword")
        let hash = try await settings.passwordHasher.hash(new)
        try await storage.updatePasswordHash(hash, for: account.id, endingSessionsBut: SecretToken.hash(token))
        // The same private key, wrapped under the new password (this session's wrap stays).
        if try await storage.privateKeyStatus(of: account.id) != .masterWrapped {
            try await storage.rewrapPrivateKey(of: account.id, password: new)
        }
        security.record(.passwordChanged, account: account.id)
    }
}
