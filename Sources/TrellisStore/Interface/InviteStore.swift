import Foundation
import TrellisCore

/// An invitation to join a couple, known only by the hash of its code.
public struct InviteRecord: Sendable, Equatable {
    public let couple: CoupleID
    public let createdBy: MemberID
    public let expiresAt: Date
    public let usedAt: Date?
    /// A newer invite for the same couple took its place before anyone used it.
    public let isReplaced: Bool

    public init(couple: CoupleID, createdBy: MemberID, expiresAt: Date, usedAt: Date? = nil, isReplaced: Bool = false) {
        self.couple = couple
        self.createdBy = createdBy
        self.expiresAt = expiresAt
        self.usedAt = usedAt
        self.isReplaced = isReplaced
    }
}

public protocol InviteStore: Sendable {
    /// Stores the invite and retires the couple's earlier unused ones: one live link at a time,
    /// so a link sent to the wrong person stops working once a new one is made.
    /// `code` is kept sealed under the creator's key, for `liveInvite` to show again.
    func createInvite(codeHash: [UInt8], code: String, _ invite: InviteRecord, at time: Date) async throws
    func invite(codeHash: [UInt8]) async throws -> InviteRecord?
    /// The couple's one live invite (unused, not replaced, not expired at `time`) when `member` made
    /// it, with its code; nil when there is none, or it was made before codes were kept.
    func liveInvite(of couple: CoupleID, by member: MemberID, at time: Date) async throws -> (
        InviteRecord, code: String
    )?
}

/// Everything the server needs from storage; each backend implements all of it.
public typealias TrellisStorage = EventStore & SnapshotStore & AccountStore & AccountClosing & SessionStore
    & InviteStore
    & CalendarFeedStore & SeenStore & Readiness & AttemptLog & ClinicianStore & PrivateKeyStore
    & HeldForPartnerStore & OutboxStore & EmailCheckStore
    & NudgeStore & PushSubscriptionStore & PhonePrivacyStore
