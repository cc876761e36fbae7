import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// The repair page and its forms. Like the home page, it acts on the member's own couple only.
struct RepairPages {
    let accounts: AccountService
    let couples: CoupleService
    let calendars: CalendarFeeds
    let clock: any WallClock
    let usesTLS: Bool

    func register(on router: Router<TrellisRequestContext>) {
        router.get("/repair") { request, _ in
            let visit = try await WebVisit.start(request, accounts: accounts, usesTLS: usesTLS)
            guard let account = visit.account else { return visit.redirect(to: "/login?next=/repair") }
            let asked = request.uri.queryParameters["asked"].flatMap { UUID(uuidString: String($0)) }
            return try await page(visit, account, wordingFor: asked)
        }
        step("/repair/areas/{areaId}/switch") { form, parameters in
            .setSwitch(area: try parameters.identifier("areaId", as: AreaID.self), on: form["on"] == "true")
        }
        step("/repair/areas/{areaId}/hurts") { form, parameters in
            .recordHurt(
                id: UUID(), area: try parameters.identifier("areaId", as: AreaID.self), what: try form.require("what"),
                help: try form.require("help"), visibility: form["private"] == "yes" ? .private : .shared)
        }
        step("/repair/hurts/{hurtId}/share") { form, parameters in
            try form.requireConfirmation()
            return .shareHurt(id: try parameters.uuid("hurtId"))
        }
        step("/repair/areas/{areaId}/questions") { form, parameters in
            guard let kind = RepairQuestion.Kind(rawValue: try form.require("kind")) else {
                throw TrellisError.malformed("Choose one of the two questions.")
            }
            return .ask(id: UUID(), area: try parameters.identifier("areaId", as: AreaID.self), kind: kind)
        }
        step("/repair/questions/{questionId}/answer") { form, parameters in
            .answer(question: try parameters.uuid("questionId"), text: try form.require("answer"))
        }
        step("/repair/actions") { form, _ in
            .requestAction(
                id: UUID(), area: try AreaID(form.require("area")).orNotFound(), what: try form.require("what"),
                cadence: try Self.cadence(form), note: form["note"])
        }
        step("/repair/actions/{actionId}/{step}") { form, parameters in
            let id = try parameters.uuid("actionId")
            switch try parameters.require("step") {
            case "accept": return .acceptAction(id: id)
            case "reword":
                return .proposeReword(id: id, what: try form.require("what"), cadence: try Self.cadence(form))
            case "retire":
                try form.requireConfirmation()
                return .proposeRetirement(id: id)
            case "keep": return .answerRetirement(id: id, retire: false)
            case "reword-accept": return .answerReword(id: id, accept: true)
            case "reword-decline": return .answerReword(id: id, accept: false)
            default: throw TrellisError.notFound
            }
        }
        step("/repair/actions/{actionId}/occurrences/{day}/{step}") { form, parameters in
            let (id, day) = (try parameters.uuid("actionId"), try parameters.day("day"))
            switch try parameters.require("step") {
            case "done": return .report(action: id, day: day, outcome: .done)
            case "missed": return .report(action: id, day: day, outcome: .missed)
            case "acknowledge": return .acknowledge(action: id, day: day, word: form["word"])
            case "notice": return .notice(action: id, day: day, word: form["word"])
            case "note": return .addNote(action: id, day: day, text: try form.require("text"))
            default: throw TrellisError.notFound
            }
        }
        router.post("/repair/calendar") { request, _ in
            let visit = try await WebVisit.start(request, accounts: accounts, usesTLS: usesTLS)
            let form = try await visit.form(request)
            guard let account = visit.account else { return visit.redirect(to: "/login?next=/repair") }
            if form["revoke"] == "yes" {
                try await calendars.revoke(for: account)
            } else {
                _ = try await calendars.issue(for: account)
            }
            // The page shows the current address, so a reload shows the same one.
            return visit.redirect(to: "/repair#calendar")
        }

        /// A form that becomes one repair command; back to the page on success, the page with the
        /// reason on a refusal.
        func step(_ path: String, _ command: @escaping @Sendable (FormFields, Parameters) throws -> RepairCommand) {
            router.post(RouterPath(path)) { request, context in
                let visit = try await WebVisit.start(request, accounts: accounts, usesTLS: usesTLS)
                let form = try await visit.form(request)
                guard let account = visit.account else { return visit.redirect(to: "/login?next=/repair") }
                do {
                    guard let couple = account.coupleID else { throw TrellisError.notFound }
                    let repair = try command(form, context.parameters)
                    _ = try await couples.perform(
                        .repair(repair, today: account.settings.today(at: clock.now())), in: couple, by: account)
                    // After a request, the page shows gentle notes on its wording (redirected, so a
                    // reload never asks twice).
                    if case .requestAction(let id, _, _, _, _) = repair {
                        return visit.redirect(to: "/repair?asked=\(id.uuidString.lowercased())")
                    }
                    // Steps taken from the home page go back there, with a word of what was done.
                    if form["back"] == "home", let done = HomeConfirmation(repair) {
                        return visit.redirect(to: "/home?done=\(done.rawValue)")
                    }
                    return visit.redirect(to: "/repair")
                } catch let error as TrellisError {
                    let returned = ReturnedForm(action: request.uri.path, fields: form, error: error)
                    return try await page(visit, account, error: error, returned: returned)
                }
            }
        }
    }

    private func page(
        _ visit: WebVisit, _ account: Account, error: TrellisError? = nil, wordingFor asked: UUID? = nil,
        returned: ReturnedForm? = nil
    ) async throws -> Response {
        guard let couple = account.coupleID else { return visit.redirect(to: "/home") }
        let state = try await couples.authorised(account, couple).state
        guard let view = state.repairView(for: account.id, today: account.settings.today(at: clock.now())) else {
            throw TrellisError.notFound
        }
        let justAsked = view.asked.first { $0.id == asked }
        let html = RepairPageView(
            view: view, forms: visit.forms(returning: returned), error: error,
            wordingNotes: justAsked.map { VagueWording.flags(in: $0.what) } ?? [],
            calendarURL: try await calendars.current(for: account)
        ).html
        return visit.page("Repair", html, status: error?.status ?? .ok)
    }

    private static func cadence(_ form: FormFields) throws -> Cadence {
        switch form["cadence"] ?? "" {
        case "daily": return .daily
        case "once":
            guard let day = Day(iso: form["by"] ?? "") else {
                throw TrellisError.invalid("by", "Choose the date it should be done by.")
            }
            return .once(by: day)
        case "weekdays":
            return .weekdays(
                form.all("day").compactMap(Weekday.init(name:)))
        case "whenever": return .whenever(situation: form["situation"] ?? "")
        default: throw TrellisError.invalid("cadence", "Choose when the action happens.")
        }
    }
}
