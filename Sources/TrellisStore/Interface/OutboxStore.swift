import Foundation
import TrellisCore

/// One message to send to a member outside the app (an email today). It holds no address and no
/// words: the sender reads the member's address when it sends, and writes the neutral words of
/// its kind. `secret` (a one-time link's token) is sealed under the member's key, so closing the
/// account shreds it with everything else.
public struct OutboxItem: Sendable, Equatable {
    /// Unique; also the mail's Message-ID, so a mail sent again after a crash is the same mail.
    public let id: String
    /// Which message: the sender knows the words of each kind.
    public let kind: String
    public let account: MemberID
    public let secret: String?
    public let createdAt: Date
    /// Tries made so far.
    public let attempts: Int

    public init(id: String, kind: String, account: MemberID, secret: String?, createdAt: Date, attempts: Int = 0) {
        self.id = id
        self.kind = kind
        self.account = account
        self.secret = secret
        self.createdAt = createdAt
        self.attempts = attempts
    }
}

/// What the operator sees of the outbox (`trellis outbox`): never an address or a secret.
public struct OutboxEntry: Sendable, Equatable {
    public enum Status: String, Sendable, Equatable, CaseIterable { case pending, sending, sent, failed }
    public let id: String
    public let kind: String
    public let status: Status
    public let attempts: Int
    public let createdAt: Date
    public let lastError: String?

    package init(id: String, kind: String, status: Status, attempts: Int, createdAt: Date, lastError: String?) {
        (self.id, self.kind, self.status, self.attempts) = (id, kind, status, attempts)
        (self.createdAt, self.lastError) = (createdAt, lastError)
    }
}

/// Messages waiting to leave, sent at least once: written in the same transaction as what causes
/// them, claimed by one sender at a time (a lease, so a sender that dies lets go), and kept after
/// their last try as failed, for the operator.
public protocol OutboxStore: Sendable {
    func enqueue(_ item: OutboxItem) async throws
    /// Writes `item` unless one with its id is there already (a scheduled nudge, from any instance);
    /// whether it was written.
    func enqueueOnce(_ item: OutboxItem) async throws -> Bool
    /// Up to `limit` items due by `time`, each leased to the caller until `time + lease`: no other
    /// sender, in this process or another, takes them meanwhile.
    func claimDue(at time: Date, limit: Int, lease: TimeInterval) async throws -> [OutboxItem]
    func markSent(_ id: String, at time: Date) async throws
    /// Not a try after all (outside the member's hours): due again at `time`, its try not counted.
    func postpone(_ id: String, until time: Date) async throws
    /// A try failed: again at `retryAt`, or never (failed for good) when it is nil.
    func markFailed(_ id: String, error: String, retryAt: Date?) async throws
    /// The newest first, at most `limit`, of one status or all.
    func outbox(status: OutboxEntry.Status?, limit: Int) async throws -> [OutboxEntry]
}
