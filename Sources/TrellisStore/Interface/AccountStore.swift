import Foundation
import TrellisCore

/// A person's account. Email and name are sealed at rest; the password only ever as a hash.
public struct Account: Sendable, Equatable {
    public let id: MemberID
    public let email: String
    public let name: String
    public let passwordHash: String
    public let coupleID: CoupleID?
    public let settings: MemberSettings

    public init(
        id: MemberID, email: String, name: String, passwordHash: String, coupleID: CoupleID?,
        settings: MemberSettings = .standard
    ) {
        self.id = id
        self.email = email
        self.name = name
        self.passwordHash = passwordHash
        self.coupleID = coupleID
        self.settings = settings
    }
}

public protocol AccountStore: Sendable {
    /// Creates the account and its first session in one transaction, so a failure leaves neither.
    /// Throws `StoreError.duplicateEmail` when the (normalised) email is taken.
    func createAccount(_ account: Account, session: (tokenHash: [UInt8], record: SessionRecord)) async throws
    func account(email: String) async throws -> Account?
    func account(id: MemberID) async throws -> Account?
    /// Changes the name and email, sealed again under the member's key; throws
    /// `StoreError.duplicateEmail` when another account has the email.
    func updateProfile(name: String, email: String, for member: MemberID) async throws
    func updateSettings(_ settings: MemberSettings, for member: MemberID) async throws
    /// Stores a new password hash. A change of password (`endingSessionsBut` given) ends every
    /// other session in the same transaction; an upgrade of the hash's form (nil) ends none.
    func updatePasswordHash(_ hash: String, for member: MemberID, endingSessionsBut keeping: [UInt8]?) async throws
}
