import Foundation
import TrellisCore
import TrellisStore

/// Runs members' commands against their couple's log: authorise, fold, decide, append.
///
/// Every route that touches a couple comes through here, so authorisation lives in one place:
/// the account must belong to the couple named, and the couple's own state must list them.
final class CoupleService: Sendable {
    private let storage: any TrellisStorage
    private let clock: any WallClock

    /// How often a command is re-decided when another write got in first (only when the
    /// client did not pin an expected sequence number).
    private let attempts = 3

    init(storage: any TrellisStorage, clock: any WallClock) {
        self.storage = storage
        self.clock = clock
    }

    /// The member's view of the couple, or not-found for anyone else, whatever id they guess.
    func view(of couple: CoupleID, for account: Account) async throws -> CoupleView {
        try await authorised(account, couple).view
    }

    /// The events after `seq` this member may see, and where the log stands.
    func events(of couple: CoupleID, after seq: Int64, for account: Account) async throws -> (Int64, [CoupleEvent]) {
        let state = try await authorised(account, couple).state
        return (state.seq, try await storage.events(of: couple, after: seq, visibleTo: account.id))
    }

    /// Opens a new couple with this account as its first member.
    func start(for account: Account) async throws -> (CoupleID, CoupleView) {
        guard account.coupleID == nil else { throw TrellisError.alreadyInCouple }
        let couple = CoupleID()
        let events = try decide(.start(founderName: account.name), on: CoupleState(), by: account)
        let state = try await append(
            AppendBatch(couple: couple, expectedSeq: 0, events: events, effects: [.createCouple, .assign(account.id)]),
            onto: CoupleState())
        return (couple, try Self.view(state, for: account))
    }

    /// Performs a command on the couple. With `expectedSeq`, it is refused unless the log is still there.
    func perform(
        _ command: CoupleCommand, in couple: CoupleID, by account: Account, expectedSeq: Int64? = nil,
        effects: [AppendBatch.Effect] = []
    ) async throws -> CoupleView {
        for attempt in 1...attempts {
            let state = try await authorised(account, couple).state
            if let expectedSeq, expectedSeq != state.seq { throw TrellisError.stale(current: state.seq) }
            let events = try decide(command, on: state, by: account)
            let batch = AppendBatch(couple: couple, expectedSeq: state.seq, events: events, effects: effects)
            do {
                return try Self.view(try await append(batch, onto: state), for: account)
            } catch let error as TrellisError where error.code == "stale_sequence" && expectedSeq == nil {
                if attempt == attempts { throw error }
            }
        }
        throw TrellisError.stale(current: -1)
    }

    /// Leaves the couple; the shared record stays with the partner who remains.
    func leave(_ couple: CoupleID, as account: Account) async throws {
        let state = try await authorised(account, couple).state
        let events = try decide(.leave, on: state, by: account)
        _ = try await append(
            AppendBatch(couple: couple, expectedSeq: state.seq, events: events, effects: [.release(account.id)]),
            onto: state)
    }

    /// Loads and folds the couple, and checks the account is one of its current members.
    func authorised(_ account: Account, _ couple: CoupleID) async throws -> (state: CoupleState, view: CoupleView) {
        guard account.coupleID == couple else { throw TrellisError.notFound }
        let state = try await state(of: couple, for: account.id)
        guard let view = state.view(for: account.id) else { throw TrellisError.notFound }
        return (state, view)
    }

    func state(of couple: CoupleID, for member: MemberID) async throws -> CoupleState {
        CoupleState.folding(try await storage.events(of: couple, after: 0, visibleTo: member))
    }

    private func decide(_ command: CoupleCommand, on state: CoupleState, by account: Account) throws -> [PendingEvent] {
        do {
            return try state.decide(command, by: account.id, at: clock.now())
        } catch {
            throw TrellisError(error)
        }
    }

    /// Appends and returns the state with the new events folded in, translating store refusals.
    func append(_ batch: AppendBatch, onto state: CoupleState) async throws -> CoupleState {
        do {
            var next = state
            for event in try await storage.append(batch) { next.apply(event) }
            return next
        } catch let error as StoreError {
            if let current = error.currentSequence { throw TrellisError.stale(current: current) }
            if error == .alreadyInCouple { throw TrellisError.alreadyInCouple }
            if error == .inviteUnavailable { throw TrellisError.inviteUsed }
            throw error
        }
    }

    private static func view(_ state: CoupleState, for account: Account) throws -> CoupleView {
        guard let view = state.view(for: account.id) else { throw TrellisError.notFound }
        return view
    }
}

extension TrellisError {
    static let alreadyInCouple = Self(
        .conflict, "already_in_couple", "You are already in a couple. Leave it first to start or join another.")
    static let inviteUnknown = Self(
        .notFound, "invite_not_found", "That invite code is not valid. Check it with your partner.", field: "code")
    static let inviteUsed = Self(
        .gone, "invite_used", "That invite has already been used. Ask your partner for a new one.", field: "code")
    static let inviteExpired = Self(
        .gone, "invite_expired", "That invite has expired. Ask your partner for a new one.", field: "code")
}
