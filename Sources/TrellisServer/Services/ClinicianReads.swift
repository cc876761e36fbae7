import Foundation
import TrellisCore
import TrellisStore

/// What a clinician may do with the couples that asked them in: list those that consent today,
/// and read one, which is written to the couple's access log before anything is shown. There is
/// no other way for a clinician to read a couple. Reads are limited per clinician and couple (a
/// burst of 20, then one a minute), far above what a person reading needs, so no script can grow
/// the couple's record and their "Who looked" by reading in a loop.
struct ClinicianReads: Sendable {
    let storage: any ClinicianStore & EventStore
    let couples: CoupleService
    let clock: any WallClock
    let limiter = WriteLimiter(limit: WriteLimit(burst: 20, perMinute: 1))

    struct Client: Sendable {
        let couple: CoupleID
        let state: CoupleState
        let access: OutsideHelpState.Access
    }

    /// Couples whose two partners both consent today (from what they said, not from their work).
    func clients(of account: Account) async throws -> [Client] {
        let today = account.settings.today(at: clock.now())
        var open: [Client] = []
        for couple in try await storage.couples(askingIn: account.id) {
            let state = try await couples.state(of: couple, for: account.id)
            if let access = state.help.access(for: account.id, members: state.members.map(\.id), on: today) {
                open.append(Client(couple: couple, state: state, access: access))
            }
        }
        return open
    }

    /// One read: the couple, the newest shared events of the open parts (`ListLimit.clientSteps`,
    /// newest first, the earlier ones a cursor away), and the couple's record folded from all of
    /// them (with who they are and their areas), for the pictures.
    struct Read: Sendable {
        let client: Client
        let events: Recent<CoupleEvent>
        let seen: CoupleState
    }

    /// The name of the events' list in a `ListCursor`; its places are positions in the shared
    /// stream, so a cursor means the same whichever parts are open.
    static let steps = "events"

    /// Logs the read in the couple's record, then gives the shared events of the parts open today
    /// (those `include` keeps, before `earlier`). Without both consents, it is not found, like any
    /// couple that is not theirs.
    func read(
        _ couple: CoupleID, by account: Account, earlier: ListCursor? = nil,
        where include: (CoupleEvent) -> Bool = { _ in true }
    ) async throws -> Read {
        try await requireLink(couple, account)
        try limiter.take(for: "\(account.id) \(couple)", at: clock.now(), refusal: TrellisError.tooManyReads)
        let today = account.settings.today(at: clock.now())
        let state = try await couples.commit(.clinician(.read, today: today), to: couple, by: account) {
            try await couples.state(of: couple, for: account.id)
        }
        let access = try state.help.access(for: account.id, members: state.members.map(\.id), on: today)
            .orNotFound()
        // Read as the clinician: their record has no private stream, so nothing private can be in it.
        let shared = try await storage.events(
            of: couple, afterShared: 0, afterPrivate: 0, visibleTo: account.id, limit: nil)
        let events = shared.recent(ListLimit.clientSteps, list: Self.steps, before: earlier) { event in
            access.shows(event.payload) && access.parts.contains { $0.covers(event.payload) } && include(event)
        }
        return Read(
            client: Client(couple: couple, state: state, access: access), events: events,
            seen: CoupleState.folding(shared.filter { access.shows($0.payload) }))
    }

    /// Leaves a note for both partners, or a suggestion: the only things a clinician writes.
    func write(_ step: ClinicianCommand, in couple: CoupleID, by account: Account) async throws -> CoupleState {
        try await requireLink(couple, account)
        let today = account.settings.today(at: clock.now())
        return try await couples.commit(.clinician(step, today: today), to: couple, by: account) {
            try await couples.state(of: couple, for: account.id)
        }
    }

    /// Only couples that asked this clinician in are folded at all (a guessed id folds nothing).
    private func requireLink(_ couple: CoupleID, _ account: Account) async throws {
        guard try await storage.couples(askingIn: account.id).contains(couple) else { throw TrellisError.notFound }
    }
}
