import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// The core fears screens: an overview of the areas, and one screen per area. Like every page,
/// they show the member's own couple only; an area must be one of theirs.
struct FearsPages: CoupleScreenReader {
    let couples: CoupleService
    let seen: SeenMarks
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        screen("/fears") { _ in nil }
        screen("/fears/areas/{areaId}") { try $0.identifier("areaId", as: AreaID.self) }
        registerSteps(on: router)

        func screen(_ path: String, _ area: @escaping @Sendable (Parameters) throws -> AreaID?) {
            router.get(RouterPath(path)) { request, context in
                try await page(
                    try context.pageVisit(), try context.caller(), area: try area(context.parameters),
                    done: request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) })
            }
        }
    }

    /// Whether `path` is one of these screens (a place to come back to after logging in).
    static func isScreen(_ path: String) -> Bool {
        path == "/fears" || (path.hasPrefix("/fears/areas/") && AreaID(String(path.dropFirst(13))) != nil)
    }

    /// One screen; with `error` and `returned`, the screen a refused form came from, words kept.
    func page(
        _ visit: WebVisit, _ account: Account, area: AreaID?, error: TrellisError? = nil,
        done: StepConfirmation? = nil, returned: ReturnedForm? = nil
    ) async throws -> Response {
        let address = Page.fears(area: area)
        guard
            let screen = try await coupleScreen(
                visit, account, at: address, error: error, done: done, returned: returned)
        else { return visit.redirect(to: .home()) }
        try await seen.opened(address.description, in: screen.state, by: account)
        let view = FearsPageView(screen)
        if let area {
            guard let fears = view.areas.first(where: { $0.area.id == area }) else { throw TrellisError.notFound }
            return visit.page(view.area(fears), status: screen.status)
        }
        return visit.page(view.overview, status: screen.status)
    }
}
