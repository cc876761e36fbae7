import Hummingbird
import TrellisCore
import TrellisStore

/// A page that is one screen at one address, whose forms are couple steps: the screen is
/// registered once here, with the calm line a step left in its address, and a refused step
/// shows the same screen with the reason and the words kept.
protocol OneScreenPage: CoupleStepPage {
    /// The screen's address, without a line.
    var address: Page { get }
    /// The screen: with `done`, the line of the step just taken; with `error` and `returned`,
    /// a refused form shown again.
    func screen(
        _ visit: WebVisit, _ account: Account, error: TrellisError?, done: StepConfirmation?, returned: ReturnedForm?
    ) async throws -> Response
}

extension OneScreenPage {
    func registerScreen(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(address.route) { request, context in
            try await screen(
                try context.pageVisit(), try context.caller(), error: nil,
                done: request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) },
                returned: nil)
        }
    }

    func page(_ visit: WebVisit, _ account: Account, form: FormFields, error: TrellisError, returned: ReturnedForm)
        async throws -> Response
    {
        try await screen(visit, account, error: error, done: nil, returned: returned)
    }
}
