import Hummingbird
import TrellisCore
import TrellisStore

/// What a page needs to turn its forms into steps: the step each form becomes, the page to go
/// back to with a calm line, and how to show the page again when the step is refused.
protocol CoupleStepPage: CoupleScreenReader {
    associatedtype Step: Sendable
    /// The couple command for a step, on the member's own day.
    func command(_ step: Step, today: Day) -> CoupleCommand
    /// Where a step that was taken leads, with its line.
    func page(after step: Step, in state: CoupleState, form: FormFields) -> Page
    /// The page again, with the refusal beside the form and the words kept.
    func page(_ visit: WebVisit, _ account: Account, form: FormFields, error: TrellisError, returned: ReturnedForm)
        async throws -> Response
}

extension CoupleStepPage {
    /// Registers the form posting to `action` as one step for the member's own couple (post, then
    /// redirect and get): success goes back with a line saying what happened, a refusal shows the
    /// page again with the reason and every word kept.
    func step<Target>(
        _ action: FormAction<Target>, on router: some RouterMethods<TrellisRequestContext>,
        _ make: @escaping @Sendable (FormFields, Target) async throws -> Step
    ) {
        router.post(action) { target, request, context in
            try await perform(request, context) { try await make($0, target) }
        }
    }

    /// Registers one form per name of `Name`, as `step(_:on:_:)` does for one.
    func steps<Name: StepName, Target>(
        _ actions: (Name) -> FormAction<Target>, on router: some RouterMethods<TrellisRequestContext>,
        _ make: @escaping @Sendable (Name, FormFields, Target) async throws -> Step
    ) {
        router.post(each: actions) { name, target, request, context in
            try await perform(request, context) { try await make(name, $0, target) }
        }
    }

    private func perform(
        _ request: Request, _ context: TrellisRequestContext,
        _ make: @Sendable (FormFields) async throws -> Step
    ) async throws -> Response {
        let visit = try context.pageVisit()
        let form = try await visit.form(request)
        let account = try context.caller()
        do {
            guard let couple = account.coupleID else { throw TrellisError.notFound }
            let step = try await make(form)
            let today = account.settings.today(at: clock.now())
            let state = try await couples.perform(command(step, today: today), in: couple, by: account)
            return visit.redirect(to: page(after: step, in: state, form: form))
        } catch let error as TrellisError {
            let returned = ReturnedForm(action: request.uri.path, fields: form, error: error)
            return try await page(visit, account, form: form, error: error, returned: returned)
        }
    }
}
