import Hummingbird
import TrellisCore
import TrellisStore

/// Our timeline: one picture of the moments that marked the way, month by month, and what to
/// expect of the pace of repair.
struct TimelinePage {
    let couples: CoupleService
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.timeline.route) { _, context in
            let visit = try context.pageVisit()
            let account = try context.caller()
            guard let state = try await couples.ownState(of: account) else { return visit.redirect(to: .home()) }
            return visit.page(TimelineView(state: state, viewer: account.id, settings: account.settings).html)
        }
    }
}
