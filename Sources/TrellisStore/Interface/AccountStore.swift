import Foundation
import TrellisCore
import TrellisLanguage

/// A person's account. Email and name are sealed at rest; the password only ever as a hash.
public struct Account: Sendable, Equatable {
    public let id: MemberID
    public let email: String
    public let name: String
    public let passwordHash: String
    public let coupleID: CoupleID?
    public let settings: MemberSettings
    /// The language everything sent to this member is in: pages, answers, nudges, calendar.
    public let language: Language

    public init(
        id: MemberID, email: String, name: String, passwordHash: String, coupleID: CoupleID?,
        settings: MemberSettings = .standard, language: Language = .english
    ) {
        self.id = id
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.coupleID = coupleID
        self.settings = settings
        self.language = language
    }
}

extension AccountStore {
    public func createAccount(_ account: Account, session: (tokenHash: [UInt8], record: SessionRecord))
        async throws
    {
        try await createAccount(account, session: session, emailCheck: nil)
    }

    public func updateProfile(name: String, email: String, for member: MemberID) async throws {
        try await updateProfile(name: name, email: email, for: member, emailChange: nil)
    }
}

public protocol AccountStore: Sendable {
    /// Creates the account and its first session in one transaction, so a failure leaves neither.
    /// With `emailCheck`, the address stands unproven and the link's mail is written in the same
    /// transaction; without, it counts as proven (demo accounts, and the tests').
    /// Throws `StoreError.duplicateEmail` when the (normalised) email is taken.
    func createAccount(
        _ account: Account, session: (tokenHash: [UInt8], record: SessionRecord), emailCheck: EmailCheck?
    ) async throws
    /// A sign-up with an address another account already has: an account like any new one, with
    /// its first session, but that no email reaches (its address stays the owner's, unproven
    /// here), and `ownerMail(owner)` for the address's owner, all in one transaction. Whoever
    /// signed up learns nothing; the owner is told.
    func createAccountForTakenEmail(
        _ account: Account, session: (tokenHash: [UInt8], record: SessionRecord),
        ownerMail: @escaping @Sendable (MemberID) -> OutboxItem
    ) async throws
    func account(email: String) async throws -> Account?
    func account(id: MemberID) async throws -> Account?
    /// Changes the name and email, sealed again under the member's key; throws
    /// `StoreError.duplicateEmail` when another account has the email. With `emailChange`, the new
    /// address stands unproven until its link is used, and the mails are written with the change.
    func updateProfile(name: String, email: String, for member: MemberID, emailChange: EmailChange?) async throws
    func updateSettings(_ settings: MemberSettings, for member: MemberID) async throws
    func updateLanguage(_ language: Language, for member: MemberID) async throws
    /// Stores a new password hash. A change of password (`endingSessionsBut` given) ends every
    /// other session in the same transaction; an upgrade of the hash's form (nil) ends none.
    func updatePasswordHash(_ hash: String, for member: MemberID, endingSessionsBut keeping: [UInt8]?) async throws
}
