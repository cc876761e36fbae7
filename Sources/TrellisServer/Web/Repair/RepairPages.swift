import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// The repair screens (see `RepairScreen`). Like the home page, they show the member's own couple
/// only: no couple id ever comes from the browser, and an area must be one of theirs.
struct RepairPages: CoupleScreenReader {
    let home: HomeScreen
    let couples: CoupleService
    let seen: SeenMarks
    let calendars: CalendarFeeds
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        screen(RepairScreen.overview.path) { _ in .overview }
        screen("/repair/areas/{areaId}") { .area(try $0.identifier("areaId", as: AreaID.self)) }
        screen(RepairScreen.asked.path) { _ in .asked }
        screen(RepairScreen.askedOfMe.path) { _ in .askedOfMe }
        RepairSteps(pages: self).register(on: router)
        router.post(Post.calendar) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let account = try context.caller()
            if form["revoke"] == "yes" {
                try await calendars.revoke(for: account)
            } else {
                _ = try await calendars.issue(for: account)
            }
            // The screen shows the current address, so a reload shows the same one.
            return visit.redirect(to: "\(RepairScreen.askedOfMe.path)#calendar")
        }

        func screen(_ path: String, _ screen: @escaping @Sendable (Parameters) throws -> RepairScreen) {
            router.get(RouterPath(path)) { request, context in
                let visit = try context.pageVisit()
                let account = try context.caller()
                let query = request.uri.queryParameters
                return try await page(
                    visit, account, screen: try screen(context.parameters),
                    done: query["done"].flatMap { StepConfirmation(rawValue: String($0)) },
                    wordingFor: query["asked"].flatMap { ActionID(String($0)) },
                    earlier: try ListCursor.fromPage(request))
            }
        }
    }

    /// One screen; with `error` and `returned`, the screen a refused form came from, words kept.
    func page(
        _ visit: WebVisit, _ account: Account, screen: RepairScreen, error: TrellisError? = nil,
        done: StepConfirmation? = nil, wordingFor asked: ActionID? = nil, returned: ReturnedForm? = nil,
        earlier: ListCursor? = nil
    ) async throws -> Response {
        guard
            let read = try await coupleScreen(
                visit, account, at: .repair(screen), error: error, done: done, returned: returned, earlier: earlier)
        else { return visit.redirect(to: .home()) }
        try await seen.opened(screen.path, in: read.state, by: account)
        guard let view = read.state.repairView(for: account.id, today: read.today, earlier: earlier) else {
            throw TrellisError.notFound
        }
        if case .area(let id) = screen, !view.areas.contains(where: { $0.area.id == id }) {
            throw TrellisError.notFound
        }
        let justAsked = view.asked.first { $0.id == asked }
        let page = RepairPageView(
            screen: read, view: view, place: screen,
            wordingNotes: justAsked.map { VagueWording.flags(in: $0.what) } ?? [],
            calendarURL: screen == .askedOfMe ? try await calendars.current(for: account) : nil)
        return visit.page(page.html, status: read.status)
    }
}
