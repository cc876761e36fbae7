import Foundation
import TrellisCore
import TrellisLanguage
import TrellisStore

/// A session just opened: the token goes to the client once and is never stored. `device` is the
/// known-device token for this account's email, for the device to keep (`KnownDevice`).
struct IssuedSession: Sendable {
    let token: String
    let expiresAt: Date
    let device: String
    /// The recovery code of the private key made at this sign-up or log-in, to show once; nil when
    /// the member had one already.
    var recoveryCode: RecoveryCode? = nil
}

/// Where a log-in or sign-up comes from: the network address (for limits and the security log),
/// the kind of device (for the list of signed-in devices) and its known-device token, if any.
struct Arrival: Sendable {
    let address: String
    let client: String
    var device: String? = nil
}

/// What a signed-in device may show now: everything, only its lock, or (for a private page) the
/// lock once more first.
enum DeviceAccess: Sendable, Equatable {
    case open, locked, askAgain
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
        // Read the common-password list now, so a server without it stops at start-up.
        _ = CommonPasswords.list.count
    }

    /// A new account and its first session. `timeZone`, when given, is the member's from the start
    /// (so their first "today" and evening are already their own).
    func signUp(
        email rawEmail: String, password rawPassword: String, name rawName: String, timeZone: String? = nil,
        from arrival: Arrival
    ) async throws -> (Account, IssuedSession) {
        let email = try CredentialRules.email(rawEmail)
        let password = try PasswordPolicy.check(rawPassword)
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
        try await throttle.reserveSignUp(address: arrival.address, at: clock.now())
        let account = Account(
            id: MemberID(), email: email, name: name,
            passwordHash: try await self.settings.passwordHasher.hash(password), coupleID: nil, settings: rhythm,
            // The language this request is answered in: the browser's, or the server's.
            language: Say.language)
        var (session, tokenHash, record) = newSession(for: account, from: arrival)
        do {
            try await storage.createAccount(
                account, session: (tokenHash, record),
                emailCheck: sendsMail ? EmailChecks(storage: storage, clock: clock).check(for: account.id) : nil)
        } catch let error as StoreError where error == .duplicateEmail {
            // Without mail, nobody could be told: the address is refused, as before.
            guard sendsMail else { throw TrellisError.emailTaken }
            // The same answer as any new sign-up, so nobody learns who has an account here; the
            // address's owner is told.
            let now = clock.now()
            try await storage.createAccountForTakenEmail(account, session: (tokenHash, record)) { owner in
                EmailChecks.mail(.signUpAttempt, to: owner, at: now)
            }
            security.record(.signUpWithTakenEmail, address: arrival.address)
        }
        session.recoveryCode = try await storage.sealPrivateKey(
            of: account.id, password: password, session: SessionSecret(token: session.token, hash: tokenHash))
        security.record(.signUp, account: account.id, address: arrival.address)
        return (account, session)
    }

    /// Checks the password under the throttle (`LoginThrottle`), upgrades a hash of an older form
    /// now that the password is known, and opens a session.
    func logIn(email rawEmail: String, password: String, from arrival: Arrival) async throws
        -> (Account, IssuedSession)
    {
        let email = CredentialRules.normalisedEmail(rawEmail)
        let attempt: LoginThrottle.Attempt =
            if let device = KnownDevice.check(arrival.device, email: email, signer: storage) {
                .knownDevice(device.id)
            } else {
                .unknownDevice(account: email, address: arrival.address)
            }
        do {
            try await throttle.reserve(attempt, at: clock.now())
        } catch let error as TrellisError {
            TrellisMetrics.throttledLogIns.increment()
            security.record(.throttled, address: arrival.address)
            throw error
        }
        let account = try await storage.account(email: email)
        let hash: String
        if let account { hash = account.passwordHash } else { hash = decoyHash }
        guard try await settings.passwordHasher.verify(password, against: hash), let account else {
            security.record(.logInFailed, account: account?.id, address: arrival.address)
            throw TrellisError.wrongCredentials
        }
        try await throttle.recordSuccess(attempt)
        if settings.passwordHasher.needsUpgrade(hash) {
            let upgraded = try await settings.passwordHasher.hash(password)
            try await storage.updatePasswordHash(upgraded, for: account.id, endingSessionsBut: nil)
        }
        security.record(.logIn, account: account.id, address: arrival.address)
        var (session, tokenHash, record) = newSession(for: account, from: arrival)
        try await storage.createSession(tokenHash: tokenHash, record)
        let secret = SessionSecret(token: session.token, hash: tokenHash)
        if try await storage.privateKeyStatus(of: account.id) == .masterWrapped,
            let code = try await storage.sealPrivateKey(of: account.id, password: password, session: secret)
        {
            // From before: their private entries move under a key of their own now. Their other
            // sessions hold no wrap of it, so they sign in again.
            session.recoveryCode = code
            _ = try await storage.deleteSessions(of: account.id, keeping: tokenHash)
        } else if try await !storage.openPrivateKey(of: account.id, password: password, forSession: secret) {
            security.record(.privateKeyUnopened, account: account.id)
        }
        return (account, session)
    }

    func logOut(token: String) async throws {
        let account = try await storage.session(tokenHash: SecretToken.hash(token))?.account
        try await storage.deleteSession(tokenHash: SecretToken.hash(token))
        // Another live session of theirs opens it again with its own token, on its next request.
        if let account { storage.forgetPrivateKey(of: account.id) }
        security.record(.logOut, account: account?.id)
    }

    /// The account behind a session token, on a device that is open; refuses unknown, expired and
    /// idle tokens differently so a person whose session lapsed is told so, and a locked device
    /// with `TrellisError.locked`.
    func authenticate(token: String) async throws -> Account {
        let (signedIn, access) = try await signedIn(token: token)
        guard access == .open else { throw TrellisError.locked }
        return signedIn.account
    }

    /// The session behind a token and what its device may show now (`DeviceLock`): a device whose
    /// lock time passed unused is stored as locked here. A use is written down only as often as the
    /// idle timeout, the list of devices and the lock need.
    func signedIn(token: String, privatePage: Bool = false) async throws -> (SignedIn, DeviceAccess) {
        let tokenHash = SecretToken.hash(token)
        // Read again (twice at most) when the member's key changed here during the read.
        for _ in 0..<3 {
            guard let signedIn = try await storage.session(tokenHash: tokenHash) else {
                security.record(.tokenRefused)
                throw TrellisError.notAuthenticated
            }
            let now = clock.now()
            let session = signedIn.session
            guard session.expiresAt > now, now.timeIntervalSince(session.lastUsedAt) < settings.sessionIdleLimit
            else {
                try await storage.deleteSession(tokenHash: tokenHash)
                storage.forgetPrivateKey(of: signedIn.account.id)
                security.record(.tokenRefused, account: signedIn.account.id)
                throw TrellisError.sessionExpired
            }
            // Opened before anything else waits, from the wrap read with the session.
            switch storage.openPrivateKey(signedIn, session: SessionSecret(token: token, hash: tokenHash)) {
            case .opened:
                switch session.lock.verdict(
                    for: signedIn.privacy, lastUsedAt: session.lastUsedAt, now: now, privatePage: privatePage)
                {
                case .open(let touch):
                    if touch { try await storage.touchSession(tokenHash: tokenHash, at: now) }
                    return (signedIn, .open)
                case .lockNow:
                    var lock = session.lock
                    lock.locked = true
                    try await storage.setDeviceLock(lock, tokenHash: tokenHash, usedAt: nil)
                    return (signedIn, .locked)
                case .locked:
                    return (signedIn, .locked)
                case .askAgain:
                    return (signedIn, .askAgain)
                }
            case .sessionHoldsNone:
                try await storage.deleteSession(tokenHash: tokenHash)
                security.record(.tokenRefused, account: signedIn.account.id)
                throw TrellisError.sessionExpired
            case .readAgain:
                continue
            }
        }
        // The key kept changing under three reads: ask for a fresh log-in rather than guess.
        throw TrellisError.sessionExpired
    }

    /// Whether this Trellis sends mail (`--smtp-url`).
    var sendsMail: Bool { settings.mail != nil }

    /// Whether the member's address is proven, or nothing is sent to any address anyway.
    func addressConfirmed(_ account: Account) async throws -> Bool {
        guard sendsMail else { return true }
        return try await storage.isEmailVerified(account.id)
    }

    /// The link proving the member's address, sent again.
    func resendAddressCheck(_ account: Account) async throws {
        guard sendsMail else { return }
        try await EmailChecks(storage: storage, clock: clock).resend(to: account.id)
    }

    func nudgePreferences(_ account: Account) async throws -> NudgePreferences {
        try await storage.nudgePreferences(of: account.id)
    }

    /// Validates and stores the member's choice of reminders; refusals name the field.
    func update(_ choice: NudgePreferences, for account: Account) async throws {
        do {
            try await storage.setNudgePreferences(try choice.validated(), for: account.id)
        } catch let refusal as StepRefusal {
            throw TrellisError(CoupleRuleError.step(refusal))
        }
    }

    /// Whether private entries from before a password reset wait for the recovery code.
    func awaitsRecovery(_ account: Account) async throws -> Bool {
        try await storage.privateKeyStatus(of: account.id).awaitsRecovery
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

    /// A language a member may choose, by its code; one we do not offer is refused by name.
    static func language(_ code: String) throws -> Language {
        guard let language = Language(rawValue: code), Language.offered.contains(language) else {
            let codes = Language.offered.map(\.rawValue).joined(separator: ", ")
            throw TrellisError.invalid("language", say("language.unknown", ["codes": codes]))
        }
        return language
    }

    /// Stores the language the member chose.
    func update(_ language: Language, for account: Account) async throws {
        try await storage.updateLanguage(language, for: account.id)
    }

    /// A fresh token for the client, and what the store keeps of it (its hash, never the token).
    private func newSession(for account: Account, from arrival: Arrival) -> (IssuedSession, [UInt8], SessionRecord) {
        let token = SecretToken.session()
        let now = clock.now()
        let expiresAt = now.addingTimeInterval(settings.sessionLifetime)
        let device = KnownDevice.check(arrival.device, email: account.email, signer: storage) ?? .new()
        return (
            IssuedSession(
                token: token.value, expiresAt: expiresAt, device: device.token(for: account.email, signer: storage)),
            SecretToken.hash(token.value),
            .opening(for: account.id, at: now, expiresAt: expiresAt, client: arrival.client)
        )
    }
}
