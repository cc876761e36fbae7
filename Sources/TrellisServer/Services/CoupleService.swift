import Foundation
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Runs members' commands against their couple's log: authorise, fold, decide, append.
///
/// Every route that touches a couple comes through here, so authorisation lives in one place:
/// the account must belong to the couple named, and the couple's own state must list them.
/// States come from the kept folds; commands for one couple run one after another.
final class CoupleService: Sendable {
    private let storage: any TrellisStorage
    private let clock: any WallClock
    private let security: SecurityLog
    private let folds: KeptFolds
    private let queue = CoupleQueue()
    private let held: PartnerHeld
    let changes: any CoupleChanges
    /// Whether nudges can go by mail; without, they are written only for a member with a device
    /// that takes reminders.
    private let nudgesByMail: Bool

    /// How often a command is re-decided when another process's write got in first (only when
    /// the client did not pin an expected sequence number). Each instance runs one command per
    /// couple at a time, so a loser races only the other instances' writers; it waits a short,
    /// random, growing while (at most 128 ms) before trying again, so a busy instance cannot win
    /// every time. 16 was once too few in CI: 30 concurrent writes on one couple from two
    /// instances on a loaded machine, one write lost every race while the other instance's queue
    /// drained; 64 covers seconds of such contention.
    private let attempts = 64

    /// `folds`: the couples' folded states kept in memory, over `storage`.
    init(
        storage: any TrellisStorage, clock: any WallClock, folds: KeptFolds, security: SecurityLog,
        changes: any CoupleChanges = LocalCoupleChanges(), nudgesByMail: Bool = false
    ) {
        self.nudgesByMail = nudgesByMail
        self.storage = storage
        self.changes = changes
        self.security = security
        self.clock = clock
        self.folds = folds
        held = PartnerHeld(storage: storage)
    }

    /// The member's view of the couple, or not-found for anyone else, whatever id they guess.
    func view(of couple: CoupleID, for account: Account) async throws -> CoupleView {
        try await authorised(account, couple).view
    }

    /// The events this member may see after the two cursors, and where both streams stand,
    /// from one read so the cursors always match the events.
    func events(of couple: CoupleID, after cursor: EventCursor, limit: Int, for account: Account) async throws
        -> EventFeedPage
    {
        let state = try await authorised(account, couple).state
        // One more than asked for tells whether another page follows.
        var events = try await storage.events(
            of: couple, afterShared: cursor.shared, afterPrivate: cursor.private, visibleTo: account.id,
            limit: limit + 1)
        let more = events.count > limit
        if more { events.removeLast() }
        // Events written since the state was read are in the page; the positions cover them too.
        // A cursor past the head reached only the head: it is never echoed as where the log stands.
        let reached = EventCursor(
            shared: events.last { $0.visibility == .shared }?.seq ?? min(cursor.shared, state.seq),
            private: events.last { $0.visibility == .private }?.seq ?? min(cursor.private, state.privateSeq))
        return EventFeedPage(
            sharedSeq: max(reached.shared, state.seq), privateSeq: max(reached.private, state.privateSeq),
            events: events, next: more ? reached : nil)
    }

    /// Opens a new couple with this account as its first member.
    func start(for account: Account) async throws -> (CoupleID, CoupleView) {
        guard account.coupleID == nil else { throw TrellisError.alreadyInCouple }
        let couple = CoupleID()
        let state = try await commit(
            .start(founderName: account.name), to: couple, by: account, effects: [.createCouple, .assign(account.id)]
        ) { CoupleState() }
        return (couple, try Self.view(state, for: account))
    }

    /// Performs a command on the couple and returns the member's new state. With `expectedSeq`,
    /// it is refused unless the shared stream is still there.
    func perform(
        _ command: CoupleCommand, in couple: CoupleID, by account: Account, expectedSeq: Int64? = nil
    ) async throws -> CoupleState {
        try await commit(command, to: couple, by: account, expectedSeq: expectedSeq, effects: Self.effects(of: command))
        {
            try await self.authorised(account, couple).state
        }
    }

    /// What must change outside the log with a step: a clinician asked in can list the couple.
    private static func effects(of command: CoupleCommand) -> [AppendBatch.Effect] {
        guard case .help(.invite(let clinician, _, _, _), _) = command else { return [] }
        return [.linkClinician(clinician)]
    }

    /// Lets go of a closed account's folded views of the couples it was in.
    func forget(_ member: MemberID, in couples: [CoupleID]) { folds.forget(member, in: couples) }

    /// Leaves the couple; the shared record stays with the partner who remains.
    func leave(_ couple: CoupleID, as account: Account) async throws {
        _ = try await commit(.leave, to: couple, by: account, effects: [.release(account.id)]) {
            try await self.authorised(account, couple).state
        }
        security.record(.memberLeft, account: account.id)
    }

    /// Decides against freshly loaded state and appends, after any other command for the same
    /// couple in this process. When another process's write got in first and the client did not
    /// pin `expectedSeq`, the command is decided again on the new state.
    func commit(
        _ command: CoupleCommand, to couple: CoupleID, by account: Account, expectedSeq: Int64? = nil,
        effects: [AppendBatch.Effect] = [], load: () async throws -> CoupleState
    ) async throws -> CoupleState {
        try await queue.serially(couple) {
            try await decideAndAppend(
                command, to: couple, by: account, expectedSeq: expectedSeq, effects: effects, load: load)
        }
    }

    private func decideAndAppend(
        _ command: CoupleCommand, to couple: CoupleID, by account: Account, expectedSeq: Int64?,
        effects: [AppendBatch.Effect], load: () async throws -> CoupleState
    ) async throws -> CoupleState {
        var attempt = 1
        while true {
            let state = try await load()
            if let expectedSeq, expectedSeq != state.seq { throw TrellisError.stale(current: state.seq) }
            let command = try await held.fill(command, in: couple, state: state, actor: account.id) {
                guard let partner = state.partner(of: account.id)?.id else {
                    throw TrellisError.notFound
                }
                return try await self.state(of: couple, for: partner)
            }
            let events: [PendingEvent]
            do {
                events = try state.decide(command, by: account.id, at: clock.now())
            } catch {
                throw TrellisError(error)
            }
            let batch = AppendBatch(
                couple: couple, expectedSeq: state.seq, expectedPrivateSeq: state.privateSeq, events: events,
                effects: effects + (try await nudges(after: events, by: account.id, in: state)))
            do {
                let appended = try await append(batch, onto: state)
                try await held.keep(after: command, in: couple, before: state, after: appended, actor: account.id)
                return appended
            } catch let error as TrellisError
                where error.code == "stale_sequence" && expectedSeq == nil && attempt < attempts
            {
                attempt += 1
                try await Task.sleep(for: .milliseconds(Int.random(in: 1...(4 << min(attempt, 5)))))
            }
        }
    }

    /// The nudges these events call for, written with them: one a member, kind and day at most
    /// (the id is the same all day, so a second stands aside); none for a member nothing reaches.
    private func nudges(after events: [PendingEvent], by actor: MemberID, in state: CoupleState) async throws
        -> [AppendBatch.Effect]
    {
        let now = clock.now()
        var wanted = state.nudges(after: events, by: actor)
        if !nudgesByMail, let member = wanted.first?.member, try await storage.pushSubscriptions(of: member).isEmpty {
            wanted = []
        }
        return wanted.map { .notify(NudgeID.item($0.kind, for: $0.member, on: Day(now), at: now)) }
    }

    /// Records what time alone has brought to the couple's live window (its open time used up,
    /// or nobody there), so every reader sees it ended; nothing is written when nothing is due.
    func settleWindow(_ couple: CoupleID, for account: Account) async throws -> CoupleState {
        let state = try await authorised(account, couple).state
        guard state.windows.live?.dueEnding(at: clock.now()) != nil else { return state }
        return try await perform(.window(.settle), in: couple, by: account)
    }

    /// Loads and folds the couple, and checks the account is one of its current members.
    func authorised(_ account: Account, _ couple: CoupleID) async throws -> (state: CoupleState, view: CoupleView) {
        guard account.coupleID == couple else {
            security.record(.accessRefused, account: account.id)
            throw TrellisError.notFound
        }
        let state = try await state(of: couple, for: account.id)
        guard let view = state.view(for: account.id) else { throw TrellisError.notFound }
        return (state, view)
    }

    /// The member's own couple as they may see it; nil when they are in none (their pages then
    /// lead home).
    func ownState(of account: Account) async throws -> CoupleState? {
        guard let couple = account.coupleID else { return nil }
        return try await authorised(account, couple).state
    }

    /// The couple as `member` may see it: shared events and their own private ones.
    func state(of couple: CoupleID, for member: MemberID) async throws -> CoupleState {
        try await folds.state(of: couple, for: member)
    }

    /// The couple with no one's private entries in it: for what runs without the member's session
    /// (a calendar feed, an invite's page), which must never open their key.
    func sharedState(of couple: CoupleID) async throws -> CoupleState {
        try await folds.state(of: couple, for: Self.nobody)
    }

    /// Never a member: folding "as" this id reads the shared stream alone (one kept fold a couple).
    static let nobody = MemberID(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))

    /// Appends and returns the state with the new events folded in, translating store refusals.
    private func append(_ batch: AppendBatch, onto state: CoupleState) async throws -> CoupleState {
        do {
            let appended = try await storage.append(batch)
            TrellisMetrics.appends.increment(by: appended.events.count)
            folds.advance(batch.couple, with: appended)
            if let shared = appended.events.last(where: { $0.visibility == .shared }) {
                changes.publish(batch.couple, seq: shared.seq)
            }
            var next = state
            for event in appended.events { next.apply(event) }
            return next
        } catch let error as StoreError {
            if let current = error.currentSequence {
                folds.distrust(batch.couple)
                throw TrellisError.stale(current: current)
            }
            if error == .alreadyInCouple { throw TrellisError.alreadyInCouple }
            if error == .inviteUnavailable { throw TrellisError.inviteUnavailable }
            throw error
        }
    }

    static func view(_ state: CoupleState, for account: Account) throws -> CoupleView {
        guard let view = state.view(for: account.id) else { throw TrellisError.notFound }
        return view
    }
}

extension TrellisError {
    static var alreadyInCouple: Self {
        Self(.conflict, "already_in_couple", say("home.refusal.alreadyInCouple"))
    }
    static var inviteUnknown: Self {
        Self(.notFound, "invite_not_found", say("home.refusal.inviteUnknown"), field: "code")
    }
    static var inviteUsed: Self {
        Self(.gone, "invite_used", say("home.refusal.inviteUsed"), field: "code")
    }
    static var inviteExpired: Self {
        Self(.gone, "invite_expired", say("home.refusal.inviteExpired"), field: "code")
    }
    static var inviteReplaced: Self {
        Self(.gone, "invite_replaced", say("home.refusal.inviteReplaced"), field: "code")
    }
    /// The invite was used up or expired in the moment between checking it and joining.
    static var inviteUnavailable: Self {
        Self(.gone, "invite_unavailable", say("home.refusal.inviteUnavailable"), field: "code")
    }
}
