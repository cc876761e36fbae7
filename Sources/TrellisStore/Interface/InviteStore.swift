import Foundation
import TrellisCore

/// An invitation to join a couple, known only by the hash of its code.
public struct InviteRecord: Sendable, Equatable {
    public let couple: CoupleID
    public let createdBy: MemberID
    public let expiresAt: Date
    public let usedAt: Date?

    public init(couple: CoupleID, createdBy: MemberID, expiresAt: Date, usedAt: Date? = nil) {
        self.couple = couple
        self.createdBy = createdBy
        self.expiresAt = expiresAt
        self.usedAt = usedAt
    }
}

public protocol InviteStore: Sendable {
    func createInvite(codeHash: [UInt8], _ invite: InviteRecord, at time: Date) async throws
    func invite(codeHash: [UInt8]) async throws -> InviteRecord?
}

/// Everything the server needs from storage; each backend implements all of it.
public typealias TrellisStorage = EventStore & AccountStore & SessionStore & InviteStore
