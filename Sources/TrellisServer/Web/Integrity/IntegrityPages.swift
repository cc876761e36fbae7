import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// "My integrity" and its forms, and the member's settings page.
struct IntegrityPages {
    let couples: CoupleService
    let seen: SeenMarks
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.integrity().route) { request, context in
            let visit = try context.pageVisit()
            let account = try context.caller()
            let before = try request.uri.queryParameters["before"].map { text in
                guard let day = Day(iso: String(text)) else {
                    throw TrellisError.invalid("before", "Give the day as YYYY-MM-DD.")
                }
                return day
            }
            let done = request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) }
            return try await page(visit, account, before: before, done: done)
        }
        step("/integrity/journal") { form, _, account in
            .writeJournal(id: UUID(), day: today(account), text: try form.require("text"))
        }
        step("/integrity/journal/{entryId}") { form, parameters, _ in
            .editJournal(id: try parameters.uuid("entryId"), text: try form.require("text"))
        }
        step("/integrity/noticings") { form, _, account in
            .notice(
                id: UUID(), day: today(account), what: try form.require("what"), area: try Self.area(form),
                shared: form["shared"] == "yes")
        }
        step("/integrity/sliding-doors") { form, _, account in
            .slidingDoor(
                id: UUID(), day: today(account), toward: form["direction"] != "away", what: try form.require("what"),
                area: try Self.area(form), shared: form["shared"] == "yes")
        }
        step("/integrity/entries/{entryId}/share") { form, parameters, _ in
            try form.requireConfirmation()
            return .share(id: try parameters.uuid("entryId"))
        }
        router.post("/integrity/feedback") { request, context in
            try await submit(request, context) { form, account, state in
                guard let partner = state.partner(of: account.id) else {
                    throw TrellisError(.conflict, "no_partner", "Invite your partner first.")
                }
                return .giveFeedback(id: UUID(), to: partner.id, text: try form.require("text"))
            }
        }
        step("/integrity/feedback/{feedbackId}/pause") { _, parameters, account in
            .pauseOnFeedback(id: try parameters.uuid("feedbackId"), seconds: account.settings.pauseSeconds)
        }
        step("/integrity/feedback/{feedbackId}/reflection") { form, parameters, _ in
            .reflect(id: try parameters.uuid("feedbackId"), text: try form.require("text"))
        }
        step("/integrity/feedback/{feedbackId}/mark") { form, parameters, _ in
            .markReflection(id: try parameters.uuid("feedbackId"), landed: form["landed"] == "yes", line: form["line"])
        }

        func step(
            _ path: String, _ command: @escaping @Sendable (FormFields, Parameters, Account) throws -> IntegrityCommand
        ) {
            router.post(RouterPath(path)) { request, context in
                try await submit(request, context) { form, account, _ in try command(form, context.parameters, account)
                }
            }
        }
    }

    /// Performs the form's practice step; back to the page on success, the page with the reason
    /// on a refusal.
    private func submit(
        _ request: Request, _ context: TrellisRequestContext,
        _ command: (FormFields, Account, CoupleState) throws -> IntegrityCommand
    ) async throws -> Response {
        let visit = try context.pageVisit()
        let form = try await visit.form(request)
        let account = try context.caller()
        do {
            guard let couple = account.coupleID else { throw TrellisError.notFound }
            let state = try await couples.authorised(account, couple).state
            let step = try command(form, account, state)
            _ = try await couples.perform(.integrity(step, today: today(account)), in: couple, by: account)
            return visit.redirect(to: .integrity(done: StepConfirmation(step)))
        } catch let error as TrellisError {
            let returned = ReturnedForm(action: request.uri.path, fields: form, error: error)
            return try await page(visit, account, error: error, returned: returned)
        }
    }

    private func page(
        _ visit: WebVisit, _ account: Account, error: TrellisError? = nil, before: Day? = nil,
        done: StepConfirmation? = nil, returned: ReturnedForm? = nil
    ) async throws -> Response {
        guard let couple = account.coupleID else { return visit.redirect(to: .home()) }
        let state = try await couples.authorised(account, couple).state
        try await seen.opened(Page.integrity().description, in: state, by: account)
        let now = clock.now()
        guard let view = state.integrityView(for: account.id, today: account.settings.today(at: now), before: before)
        else {
            throw TrellisError.notFound
        }
        let page = IntegrityPageView(
            view: view, areas: state.areas, now: now, forms: visit.forms(returning: returned), error: error,
            partner: state.partner(of: account.id)?.name, done: done, before: before,
            askedOfMe: state.safeBehaviours.behaviours.filter { $0.doer == account.id && !$0.retired })
        return visit.page(page.html, status: error?.status ?? .ok)
    }

    /// The member's own day, in their time zone.
    private func today(_ account: Account) -> Day { account.settings.today(at: clock.now()) }

    private static func area(_ form: FormFields) throws -> AreaID? {
        guard let text = form["area"], !text.isEmpty else { return nil }
        return try AreaID(text).orNotFound()
    }
}
