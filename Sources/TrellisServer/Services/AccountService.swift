import Foundation
import TrellisCore
import TrellisStore

/// A session just opened: the token goes to the client once and is never stored.
struct IssuedSession: Sendable {
    let token: String
    let expiresAt: Date
}

/// Sign-up, log-in, log-out and turning a token back into an account.
final class AccountService: Sendable {
    private let storage: any TrellisStorage
    private let clock: any WallClock
    private let settings: ServerSettings
    private let throttle: LoginThrottle
    private let security: SecurityLog
    /// A real hash to check against when the email is unknown, so both answers take as long.
    /// Made up front: made lazily, the first unknown-email logins would be slower and tell.
    private let decoyHash: String

    init(
        storage: any TrellisStorage, clock: any WallClock, settings: ServerSettings, throttle: LoginThrottle,
        security: SecurityLog
    ) {
        self.storage = storage
        self.security = security
        self.clock = clock
        self.settings = settings
        self.throttle = throttle
        decoyHash = settings.passwordHasher.hashNow(SecretToken.session().value)
    }

    /// A new account and its first session. `timeZone`, when given, is the member's from the start
    /// (so their first "today" and evening are already their own).
    func signUp(
        email rawEmail: String, password rawPassword: String, name rawName: String, timeZone: String? = nil,
        from address: String
    ) async throws -> (Account, IssuedSession) {
        let email = try CredentialRules.email(rawEmail)
        let password = try CredentialRules.password(rawPassword)
        let name = try CredentialRules.name(rawName)
        var rhythm = MemberSettings.standard
        if let timeZone {
            do {
                rhythm = try MemberSettings(
                    timeZone: timeZone, eveningHour: rhythm.eveningHour, pauseSeconds: rhythm.pauseSeconds
                ).validated()
            } catch {
                throw TrellisError(CoupleRuleError.step(error))
            }
        }
        try throttle.reserveSignUp(address: address, at: clock.now())
        let account = Account(
            id: MemberID(), email: email, name: name,
            passwordHash: try await self.settings.passwordHasher.hash(password), coupleID: nil, settings: rhythm)
        let (session, tokenHash, record) = newSession(for: account)
        do {
            try await storage.createAccount(account, session: (tokenHash, record), at: clock.now())
        } catch let error as StoreError where error == .duplicateEmail {
            throw TrellisError(
                .conflict, "email_taken", "An account with that email already exists. Log in instead.",
                field: "email")
        }
        security.record(.signUp, account: account.id, address: address)
        return (account, session)
    }

    func logIn(email rawEmail: String, password: String, from address: String) async throws
        -> (Account, IssuedSession)
    {
        let email = CredentialRules.normalisedEmail(rawEmail)
        do {
            try throttle.reserve(account: email, address: address, at: clock.now())
        } catch {
            security.record(.throttled, address: address)
            throw error
        }
        let account = try await storage.account(email: email)
        let hash: String
        if let account { hash = account.passwordHash } else { hash = decoyHash }
        guard try await settings.passwordHasher.verify(password, against: hash), let account else {
            security.record(.logInFailed, account: account?.id, address: address)
            throw TrellisError.wrongCredentials
        }
        throttle.recordSuccess(account: email, address: address)
        security.record(.logIn, account: account.id, address: address)
        return (account, try await openSession(for: account))
    }

    func logOut(token: String) async throws {
        let account = try await storage.session(tokenHash: SecretToken.hash(token))?.account
        try await storage.deleteSession(tokenHash: SecretToken.hash(token))
        security.record(.logOut, account: account?.id)
    }

    /// The account behind a session token; refuses unknown and expired tokens differently so
    /// a person whose session lapsed is told so.
    func authenticate(token: String) async throws -> Account {
        let tokenHash = SecretToken.hash(token)
        guard let signedIn = try await storage.session(tokenHash: tokenHash) else {
            security.record(.tokenRefused)
            throw TrellisError.notAuthenticated
        }
        guard signedIn.session.expiresAt > clock.now() else {
            try await storage.deleteSession(tokenHash: tokenHash)
            security.record(.tokenRefused, account: signedIn.account.id)
            throw TrellisError.sessionExpired
        }
        return signedIn.account
    }

    /// Validates and stores the settings; refusals name the field.
    func update(_ settings: MemberSettings, for account: Account) async throws -> MemberSettings {
        let valid: MemberSettings
        do {
            valid = try settings.validated()
        } catch {
            throw TrellisError(CoupleRuleError.step(error))
        }
        try await storage.updateSettings(valid, for: account.id)
        return valid
    }

    private func openSession(for account: Account) async throws -> IssuedSession {
        let (session, tokenHash, record) = newSession(for: account)
        try await storage.createSession(tokenHash: tokenHash, record, at: clock.now())
        return session
    }

    /// A fresh token for the client, and what the store keeps of it (its hash, never the token).
    private func newSession(for account: Account) -> (IssuedSession, [UInt8], SessionRecord) {
        let token = SecretToken.session()
        let expiresAt = clock.now().addingTimeInterval(settings.sessionLifetime)
        return (
            IssuedSession(token: token.value, expiresAt: expiresAt), SecretToken.hash(token.value),
            SessionRecord(account: account.id, expiresAt: expiresAt)
        )
    }
}
