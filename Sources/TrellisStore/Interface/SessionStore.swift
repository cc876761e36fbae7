import Foundation
import TrellisCore

/// A signed-in session, known only by the hash of its token.
public struct SessionRecord: Sendable, Equatable {
    public let account: MemberID
    public let expiresAt: Date

    public init(account: MemberID, expiresAt: Date) {
        self.account = account
        self.expiresAt = expiresAt
    }
}

/// A session and the account it belongs to, found together in one read: every signed-in request
/// starts with this, so it is one lookup, not two.
public struct SignedIn: Sendable, Equatable {
    public let session: SessionRecord
    public let account: Account
}

public protocol SessionStore: Sendable {
    func createSession(tokenHash: [UInt8], _ session: SessionRecord, at time: Date) async throws
    func session(tokenHash: [UInt8]) async throws -> SignedIn?
    func deleteSession(tokenHash: [UInt8]) async throws
}
