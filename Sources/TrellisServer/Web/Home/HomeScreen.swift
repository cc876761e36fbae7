import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The home page as a member sees it now: what waits for them, their couple, or how to start one.
/// Shared by every form that comes back home, so a refusal typed there is shown there, words kept.
struct HomeScreen: Sendable {
    let accounts: AccountService
    let couples: CoupleService
    let seen: SeenMarks
    let invites: InviteService
    let news: NewsFeed
    var clock: any WallClock { news.clock }

    func render(
        _ visit: WebVisit, _ account: Account, error: TrellisError? = nil, done: StepConfirmation? = nil,
        returned: ReturnedForm? = nil, codeWaiting: Bool = false
    ) async throws -> Response {
        let forms = visit.forms(returning: returned, back: Page.home().description)
        let loaded = try await account.coupleID.asyncMap { couple in
            // Home says whether a window waits; one whose time has passed is recorded ended first
            // (on a plain reading only: a refused form shows the page as it is).
            if error == nil { _ = try await couples.settleWindow(couple, for: account) }
            return try await couples.authorised(account, couple)
        }
        let invite =
            try await loaded.asyncMap { loaded -> IssuedInvite? in
                guard loaded.view.canInvite, let couple = account.coupleID else { return nil }
                return try await invites.live(for: couple, by: account)
            } ?? nil
        let now = clock.now()
        let today = account.settings.today(at: now)
        let todayView =
            try await loaded.asyncMap { loaded -> HomeTodayView? in
                guard
                    let waiting = loaded.state.waiting(
                        for: account.id, today: today, isEvening: account.settings.isEvening(at: now))
                else { return nil }
                let partner = loaded.view.members.first { !$0.isViewer }?.name ?? say("home.yourPartner")
                return HomeTodayView(
                    waiting: waiting, today: today, partner: partner, areas: loaded.view.areas, forms: forms,
                    unseen: try await seen.unseen(waiting, today: today, by: account))
            } ?? nil
        let whatHappened = try await loaded.asyncMap { loaded in
            NewsView(
                page: try await news.page(for: account, in: loaded.state, limit: NewsFeed.onHome),
                settings: account.settings, today: today
            ).homeSection
        }
        let view = HomePageView(
            name: account.name, forms: forms, couple: loaded?.view, today: today,
            timeZone: account.settings.timeZone,
            invite: invite.map { ($0, account.settings.today(at: $0.expiresAt)) }, error: error, waiting: todayView,
            done: done, sealed: try await sealed(visit, account), codeWaiting: codeWaiting,
            news: whatHappened ?? .empty, begun: loaded?.state.hasBegun(account.id) ?? true,
            clocks: loaded.map {
                HomeClocks(
                    state: $0.state, viewer: account.id, myTimeZone: account.settings.timeZone, now: now, forms: forms
                ).html
            } ?? .empty)
        return visit.page(view.html, status: error?.status ?? .ok)
    }

    /// Whether private entries wait for the recovery code: as read with the visit's session, so
    /// no read of its own (a kept session goes whenever a private key changes).
    private func sealed(_ visit: WebVisit, _ account: Account) async throws -> Bool {
        guard let session = visit.session else { return try await accounts.awaitsRecovery(account) }
        return session.awaitsRecovery
    }
}
