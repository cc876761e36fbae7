import Foundation
import TrellisCore

/// The couple's event log: append at an expected position, read what a member may see.
public protocol EventStore: Sendable {
    /// Appends the batch atomically, with its membership changes, or nothing at all.
    /// Throws `StoreError.staleSequence` when the shared stream is no longer at `batch.expectedSeq`.
    /// Private events go to their author's own stream, which only its author writes.
    func append(_ batch: AppendBatch) async throws -> AppendedEvents

    /// Where the couple's log stands as a whole: the position of its newest event in any stream,
    /// 0 when it has none. One indexed look, so a process can tell cheaply whether the state it
    /// keeps is behind. Positions never leave the server: they count every member's private events.
    func head(of couple: CoupleID) async throws -> Int64

    /// What `viewer` may see after `position`, and the head it was read at, from one read.
    func tail(of couple: CoupleID, after position: Int64, visibleTo viewer: MemberID) async throws -> LogTail

    /// What `viewer` may see: shared events after `sharedSeq` and their own private events after
    /// `privateSeq`, merged in time order; at most `limit` of them, the earliest, when given.
    func events(
        of couple: CoupleID, afterShared sharedSeq: Int64, afterPrivate privateSeq: Int64, visibleTo viewer: MemberID,
        limit: Int?
    )
        async throws -> [CoupleEvent]
}

/// Events to append to one couple's log, and the account records that must change with them.
public struct AppendBatch: Sendable {
    public enum Effect: Sendable, Equatable {
        /// The couple is new: create its record and data key in the same transaction.
        case createCouple
        /// The account joins this couple; refused if it is in one already.
        case assign(MemberID)
        /// The account leaves this couple.
        case release(MemberID)
        /// Use up an invite (by the hash of its code); refused if used or expired by `at`.
        case consumeInvite(codeHash: [UInt8], by: MemberID, at: Date)
        /// A clinician was asked in: their list of couples holds this one from now on (whether
        /// they may see anything is the couple's record to say, read by read).
        case linkClinician(MemberID)
        /// A message to a member outside the app, written with the step that calls for it; one
        /// with the same id already written (today's nudge of its kind) stands.
        case notify(OutboxItem)
    }

    public let couple: CoupleID
    /// Where the shared stream must stand for the batch to be accepted.
    public let expectedSeq: Int64
    /// Where the author's private stream must stand, when the batch holds private events; this
    /// keeps two devices of one person from both writing, say, tonight's only journal entry.
    public let expectedPrivateSeq: Int64?
    public let events: [PendingEvent]
    public let effects: [Effect]

    public init(
        couple: CoupleID, expectedSeq: Int64, expectedPrivateSeq: Int64? = nil, events: [PendingEvent],
        effects: [Effect] = []
    ) {
        self.couple = couple
        self.expectedSeq = expectedSeq
        self.expectedPrivateSeq = expectedPrivateSeq
        self.events = events
        self.effects = effects
    }

    /// Whether a member joins or leaves the couple with it: their account changes too.
    package var pairs: Bool {
        effects.contains {
            switch $0 {
            case .assign, .release: true
            case .createCouple, .consumeInvite, .linkClinician, .notify: false
            }
        }
    }
}

extension EventStore {
    /// Everything `viewer` may see of the couple, from the beginning.
    public func events(of couple: CoupleID, visibleTo viewer: MemberID) async throws -> [CoupleEvent] {
        try await events(of: couple, afterShared: 0, afterPrivate: 0, visibleTo: viewer, limit: nil)
    }
}

/// A batch as the log took it: numbered, and where the log stood just before and just after it.
public struct AppendedEvents: Sendable {
    public let events: [CoupleEvent]
    public let previousPosition: Int64
    public let position: Int64

    public init(events: [CoupleEvent], previousPosition: Int64, position: Int64) {
        self.events = events
        self.previousPosition = previousPosition
        self.position = position
    }
}

/// The events a viewer may see after some position, and where the whole log stood when read.
public struct LogTail: Sendable {
    public let events: [CoupleEvent]
    public let head: Int64
    /// The viewer's newest private entry left out because it cannot be opened here (sealed under a
    /// key from before a password reset); 0 when none was.
    public let sealedThrough: Int64

    public init(events: [CoupleEvent], head: Int64, sealedThrough: Int64 = 0) {
        self.events = events
        self.head = head
        self.sealedThrough = sealedThrough
    }
}
