import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The repair forms: each becomes one repair command. Success goes back to the screen the form
/// came from with a line saying what happened; a refusal shows that screen with the reason and
/// the words kept.
struct RepairSteps {
    let pages: RepairPages

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        step(Post.setSwitch) { form, area in .setSwitch(area: area, on: form["on"] == "true") }
        step(Post.recordHurt) { form, area in
            .recordHurt(
                id: HurtID(), area: area, what: try form.require("what"),
                help: try form.require("help"), visibility: form["private"] == "yes" ? .private : .shared)
        }
        step(Post.shareHurt) { form, hurt in
            try form.requireConfirmation()
            return .shareHurt(id: hurt)
        }
        step(Post.ask) { form, area in
            guard let kind = RepairQuestion.Kind(rawValue: try form.require("kind")) else {
                throw TrellisError.malformed(say("repair.ask.chooseQuestion"))
            }
            return .ask(id: QuestionID(), area: area, kind: kind)
        }
        step(Post.answer) { form, question in .answer(question: question, text: try form.require("answer")) }
        step(Post.requestAction) { form, _ in
            .requestAction(
                id: ActionID(), area: try AreaID(form.require("area")).orNotFound(), what: try form.require("what"),
                cadence: try CadenceFields.read(form), note: form["note"])
        }
        steps(Post.action) { step, form, id in
            switch step {
            case .accept: return .acceptAction(id: id)
            case .reword:
                return .proposeReword(id: id, what: try form.require("what"), cadence: try CadenceFields.read(form))
            case .retire:
                try form.requireConfirmation()
                return .proposeRetirement(id: id)
            case .keep: return .answerRetirement(id: id, retire: false)
            case .rewordAccept: return .answerReword(id: id, accept: true)
            case .rewordDecline: return .answerReword(id: id, accept: false)
            }
        }
        steps(Post.occurrence) { step, form, target in
            let (id, day) = (target.action, target.day)
            switch step {
            case .done: return .report(action: id, day: day, outcome: .done)
            case .missed: return .report(action: id, day: day, outcome: .missed)
            case .acknowledge: return .acknowledge(action: id, day: day, word: form["word"])
            case .notice: return .notice(action: id, day: day, word: form["word"])
            case .note: return .addNote(action: id, day: day, text: try form.require("text"))
            case .withdraw: return .withdrawReport(action: id, day: day)
            }
        }

        func step<Target>(
            _ action: FormAction<Target>, _ command: @escaping @Sendable (FormFields, Target) throws -> RepairCommand
        ) {
            router.post(action) { target, request, context in
                try await perform(request, context) { try command($0, target) }
            }
        }
        func steps<Name: StepName, Target>(
            _ actions: (Name) -> FormAction<Target>,
            _ command: @escaping @Sendable (Name, FormFields, Target) throws -> RepairCommand
        ) {
            router.post(each: actions) { name, target, request, context in
                try await perform(request, context) { try command(name, $0, target) }
            }
        }
    }

    enum ActionStep: String, StepName {
        case accept, reword, retire, keep
        case rewordAccept = "reword-accept"
        case rewordDecline = "reword-decline"
    }

    enum OccurrenceStep: String, StepName { case done, missed, acknowledge, notice, note, withdraw }

    private func perform(
        _ request: Request, _ context: TrellisRequestContext, _ command: (FormFields) throws -> RepairCommand
    ) async throws -> Response {
        let visit = try context.pageVisit()
        let form = try await visit.form(request)
        let account = try context.caller()
        var repair: RepairCommand?
        do {
            guard let couple = account.coupleID else { throw TrellisError.notFound }
            let step = try command(form)
            repair = step
            let today = account.settings.today(at: pages.clock.now())
            let state = try await pages.couples.perform(.repair(step, today: today), in: couple, by: account)
            let done = StepConfirmation(step, by: account.id, in: state)
            if form["back"] == Page.home().description { return visit.redirect(to: .home(done: done)) }
            let screen = RepairScreen(path: form["back"] ?? "") ?? Self.screen(after: step, in: state)
            // After a request, the screen shows gentle notes on its wording (redirected, so a
            // reload never asks twice).
            if case .requestAction(let id, _, _, _, _) = step {
                return visit.redirect(
                    to: "\(screen.path)?done=\(done.rawValue)&asked=\(id)")
            }
            return visit.redirect(to: "\(screen.path)?done=\(done.rawValue)")
        } catch let error as TrellisError {
            let returned = ReturnedForm(action: request.uri.path, fields: form, error: error)
            if form["back"] == Page.home().description {
                return try await pages.home.render(visit, account, error: error, returned: returned)
            }
            var screen = RepairScreen(path: form["back"] ?? "")
            if screen == nil, let repair, let couple = account.coupleID {
                screen = Self.screen(
                    after: repair, in: try await pages.couples.authorised(account, couple).state)
            }
            return try await pages.page(
                visit, account, screen: screen ?? .overview, error: error, returned: returned)
        }
    }

    /// Where a step belongs when its form did not say: its area, or else the overview.
    private static func screen(after step: RepairCommand, in state: CoupleState) -> RepairScreen {
        switch step {
        case .setSwitch(let area, _), .recordHurt(_, let area, _, _, _), .ask(_, let area, _):
            return .area(area)
        case .answer(let question, _):
            return state.repair.questions.first { $0.id == question }.map { .area($0.area) } ?? .overview
        case .shareHurt(let id):
            return state.repair.hurts.first { $0.id == id }.map { .area($0.area) } ?? .overview
        default:
            return .overview
        }
    }
}
