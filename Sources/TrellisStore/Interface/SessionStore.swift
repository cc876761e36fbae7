import Foundation
import TrellisCore

/// A signed-in session, known only by the hash of its token. `id` is a separate public name for
/// it, so a person can end one of their sessions without anything that could log them in.
public struct SessionRecord: Sendable, Equatable {
    public let id: String
    public let account: MemberID
    public let expiresAt: Date
    /// The kind of device, e.g. "Firefox on Android"; never an address or a place.
    public let client: String
    public let signedInAt: Date
    public let lastUsedAt: Date
    /// This device's lock (`DeviceLock`), which only bites when the member set one.
    public let lock: DeviceLock

    public init(
        id: String, account: MemberID, expiresAt: Date, client: String, signedInAt: Date, lastUsedAt: Date,
        lock: DeviceLock? = nil
    ) {
        self.id = id
        self.account = account
        self.expiresAt = expiresAt
        self.client = client
        self.signedInAt = signedInAt
        self.lastUsedAt = lastUsedAt
        self.lock = lock ?? .opening(at: signedInAt)
    }
}

extension SessionRecord {
    /// A session opened now, under a fresh random public id.
    public static func opening(for account: MemberID, at time: Date, expiresAt: Date, client: String)
        -> SessionRecord
    {
        var generator = SystemRandomNumberGenerator()
        let id = (0..<12).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }
        return SessionRecord(
            id: id.joined(), account: account, expiresAt: expiresAt, client: client, signedInAt: time,
            lastUsedAt: time)
    }
}

/// A session and the account it belongs to, found together in one read: every signed-in request
/// starts with this, so it is one lookup, not two. The same read brings what the session holds of
/// the member's private key, for `openPrivateKey`.
public struct SignedIn: Sendable, Equatable {
    public let session: SessionRecord
    public let account: Account
    /// The member's lock and look, read with the session so the lock costs no second read.
    public let privacy: PhonePrivacy
    /// The hash of the member's lock code, when they chose one.
    public let lockCodeHash: String?
    let privateKey: SessionKeyWrap
    /// Whether private entries from before a password reset wait for the recovery code
    /// (`PrivateKeyStatus.awaitsRecovery`), read with the session so home needs no read of its own.
    public let awaitsRecovery: Bool
    /// Where this process's open keys stood just before the read (`OpenPrivateKeys.epoch`).
    let keyEpoch: UInt64

    package init(
        session: SessionRecord, account: Account, privacy: PhonePrivacy, lockCodeHash: String?,
        privateKey: SessionKeyWrap, awaitsRecovery: Bool = false, keyEpoch: UInt64
    ) {
        (self.session, self.account, self.privacy, self.lockCodeHash) = (session, account, privacy, lockCodeHash)
        (self.privateKey, self.awaitsRecovery, self.keyEpoch) = (privateKey, awaitsRecovery, keyEpoch)
    }
}

/// What a session holds of its member's private key, as read with the session.
package enum SessionKeyWrap: Sendable, Equatable {
    /// A member from before: nothing of their own to open.
    case noKeyOfTheirOwn
    /// Their key wrapped under this session's token; nil when the session holds none (it began
    /// before the key was theirs alone, or an operator's reset ended it).
    case wrapped(Data?)

    package init(hasKey: Bool, wrap: Data?) { self = hasKey ? .wrapped(wrap) : .noKeyOfTheirOwn }
}

public protocol SessionStore: Sendable {
    func createSession(tokenHash: [UInt8], _ session: SessionRecord) async throws
    func session(tokenHash: [UInt8]) async throws -> SignedIn?
    func deleteSession(tokenHash: [UInt8]) async throws
    /// Notes a use, for the idle timeout and the list of devices.
    func touchSession(tokenHash: [UInt8], at time: Date) async throws
    /// The member's sessions, most recently used first.
    func sessions(of member: MemberID) async throws -> [SessionRecord]
    /// Ends one of the member's sessions by its public id; false when they have none by that id.
    func deleteSession(id: String, of member: MemberID) async throws -> Bool
    /// Ends every session of the member but the one whose token hashes to `keeping`; how many ended.
    func deleteSessions(of member: MemberID, keeping: [UInt8]?) async throws -> Int
}
