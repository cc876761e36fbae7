import Hummingbird
import TrellisCore
import TrellisStore

/// A page that is one screen at one address, whose forms are couple steps: the screen is
/// registered once here, with the calm line a step left in its address, and a refused step
/// shows the same screen with the reason and the words kept.
protocol OneScreenPage: CoupleStepPage {
    /// The screen's address, without a line.
    var address: Page { get }
    /// The screen, drawn from what was read for it.
    func html(_ screen: CoupleScreen) -> HTML
    /// The couple as this screen shows it; most screens read it as it is.
    func state(of couple: CoupleID, for account: Account, refused: Bool) async throws -> CoupleState
    /// What opening the screen marks (the news it shows, as seen); most mark nothing.
    func opened(_ screen: CoupleScreen) async throws
}

extension OneScreenPage {
    func registerScreen(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(address.route) { request, context in
            try await screen(
                try context.pageVisit(), try context.caller(), error: nil,
                done: request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) },
                returned: nil, earlier: try ListCursor.fromPage(request))
        }
    }

    func state(of couple: CoupleID, for account: Account, refused: Bool) async throws -> CoupleState {
        try await couples.authorised(account, couple).state
    }

    func opened(_ screen: CoupleScreen) async throws {}

    /// The screen: with `done`, the line of the step just taken; with `error` and `returned`, a
    /// refused form shown again. A member with no couple is taken home.
    func screen(
        _ visit: WebVisit, _ account: Account, error: TrellisError?, done: StepConfirmation?, returned: ReturnedForm?,
        earlier: ListCursor? = nil
    ) async throws -> Response {
        let read: @Sendable (CoupleID) async throws -> CoupleState = { couple in
            try await state(of: couple, for: account, refused: error != nil)
        }
        guard
            let screen = try await coupleScreen(
                visit, account, at: address, error: error, done: done, returned: returned, earlier: earlier,
                reading: read)
        else { return visit.redirect(to: .home()) }
        try await opened(screen)
        return visit.page(html(screen), status: screen.status)
    }

    func page(_ visit: WebVisit, _ account: Account, form: FormFields, error: TrellisError, returned: ReturnedForm)
        async throws -> Response
    {
        try await screen(visit, account, error: error, done: nil, returned: returned)
    }
}
