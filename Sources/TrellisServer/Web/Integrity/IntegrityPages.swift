import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// "My integrity" and its forms, and the member's settings page.
struct IntegrityPages: CoupleScreenReader {
    let couples: CoupleService
    let seen: SeenMarks
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.integrity().route) { request, context in
            let visit = try context.pageVisit()
            let account = try context.caller()
            let earlier = try ListCursor.fromPage(request)
            let done = request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) }
            return try await page(visit, account, earlier: earlier, done: done)
        }
        router.get("/integrity/feedback/{feedbackId}") { request, context in
            let fromHome = request.uri.queryParameters["from"] == "home"
            return try await feedbackScreen(
                try context.pageVisit(), try context.caller(),
                id: try context.parameters.identifier("feedbackId", as: FeedbackID.self),
                fromHome: fromHome)
        }
        step(Post.journal) { form, _, account in
            .writeJournal(id: EntryID(), day: today(account), text: try form.require("text"))
        }
        step(Post.editJournal) { form, entry, _ in
            .editJournal(id: entry, text: try form.require("text"))
        }
        step(Post.notice) { form, _, account in
            .notice(
                id: EntryID(), day: today(account), what: try form.require("what"), area: try Self.area(form),
                shared: form["shared"] == "yes")
        }
        step(Post.slidingDoor) { form, _, account in
            .slidingDoor(
                id: EntryID(), day: today(account), toward: form["direction"] != "away", what: try form.require("what"),
                area: try Self.area(form), shared: form["shared"] == "yes")
        }
        step(Post.shareEntry) { form, entry, _ in
            try form.requireConfirmation()
            return .share(id: entry)
        }
        router.post(Post.giveFeedback) { _, request, context in
            try await submit(request, context) { form, account, state in
                guard let partner = state.partner(of: account.id) else {
                    throw TrellisError(.conflict, "no_partner", say("trust.refusal.invitePartnerFirst"))
                }
                return .giveFeedback(id: FeedbackID(), to: partner.id, text: try form.require("text"))
            }
        }
        step(Post.pauseOnFeedback) { _, feedback, account in
            .pauseOnFeedback(id: feedback, seconds: account.settings.pauseSeconds)
        }
        step(Post.reflect) { form, feedback, _ in
            .reflect(id: feedback, text: try form.require("text"))
        }
        step(Post.markReflection) { form, feedback, _ in
            .markReflection(id: feedback, landed: form["landed"] == "yes", line: form["line"])
        }

        func step<Target>(
            _ action: FormAction<Target>,
            _ command: @escaping @Sendable (FormFields, Target, Account) throws -> IntegrityCommand
        ) {
            router.post(action) { target, request, context in
                try await submit(request, context) { form, account, _ in try command(form, target, account) }
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
            let done = StepConfirmation(step)
            // From feedback's own screen: the pause stays in view there; naming back returns to
            // where it was opened from.
            if let screen = Self.feedbackScreen(form) {
                switch step {
                case .pauseOnFeedback: return visit.redirect(to: .feedback(screen.id, fromHome: screen.fromHome))
                default: return visit.redirect(to: screen.fromHome ? .home(done: done) : .integrity(done: done))
                }
            }
            return visit.redirect(to: .integrity(done: done))
        } catch let error as TrellisError {
            let returned = ReturnedForm(action: request.uri.path, fields: form, error: error)
            if let screen = Self.feedbackScreen(form) {
                return try await feedbackScreen(
                    visit, account, id: screen.id, fromHome: screen.fromHome, error: error, returned: returned)
            }
            return try await page(visit, account, error: error, returned: returned)
        }
    }

    private func page(
        _ visit: WebVisit, _ account: Account, error: TrellisError? = nil, earlier: ListCursor? = nil,
        done: StepConfirmation? = nil, returned: ReturnedForm? = nil
    ) async throws -> Response {
        guard
            let screen = try await coupleScreen(
                visit, account, at: .integrity(), error: error, done: done, returned: returned)
        else { return visit.redirect(to: .home()) }
        try await seen.opened(Page.integrity().description, in: screen.state, by: account)
        guard let view = screen.state.integrityView(for: account.id, today: screen.today, earlier: earlier) else {
            throw TrellisError.notFound
        }
        return visit.page(IntegrityPageView(screen: screen, view: view, earlier: earlier).html, status: screen.status)
    }

    /// Feedback received, alone on its screen: the words, the pause, then what I hear.
    private func feedbackScreen(
        _ visit: WebVisit, _ account: Account, id: FeedbackID, fromHome: Bool, error: TrellisError? = nil,
        returned: ReturnedForm? = nil
    ) async throws -> Response {
        guard let couple = account.coupleID else { return visit.redirect(to: .home()) }
        let state = try await couples.authorised(account, couple).state
        let now = clock.now()
        guard let view = state.integrityView(for: account.id, today: account.settings.today(at: now)),
            let feedback = state.integrity.feedback(id), feedback.receiver == account.id
        else { throw TrellisError.notFound }
        try await seen.opened(Page.feedback(id).description, in: state, by: account)
        let address = Page.feedback(id, fromHome: fromHome)
        let section = FeedbackSectionView(
            view: view, now: now, forms: visit.forms(returning: returned, back: address.description))
        let back: Page = fromHome ? .home() : .integrity()
        let title =
            state.partner(of: account.id).map { say("trust.feedback.screenTitle", ["name": $0.name]) }
            ?? say("trust.feedback.screenTitleNoPartner")
        return visit.page(
            """
            <p><a href="\(back)">\(say("trust.feedback.back"))</a></p>
            <h1>\(title)</h1>
            <p class="note">\(IntegrityGuidance.feedbackSteps)</p>
            \(HTMLPage.errorBanner(error))
            <ul id="feedback-to-me" class="feedback-alone">\(section.received(feedback))</ul>
            """, status: error?.status ?? .ok)
    }

    /// The feedback screen a form came from, if it came from one.
    private static func feedbackScreen(_ form: FormFields) -> (id: FeedbackID, fromHome: Bool)? {
        guard let back = form["back"], back.hasPrefix("/integrity/feedback/") else { return nil }
        let rest = back.dropFirst("/integrity/feedback/".count)
        guard let id = FeedbackID(String(rest.prefix(36))) else { return nil }
        return (id, rest.hasSuffix("?from=home"))
    }

    /// The member's own day, in their time zone.
    private func today(_ account: Account) -> Day { account.settings.today(at: clock.now()) }

    private static func area(_ form: FormFields) throws -> AreaID? {
        guard let text = form["area"], !text.isEmpty else { return nil }
        return try AreaID(text).orNotFound()
    }
}
