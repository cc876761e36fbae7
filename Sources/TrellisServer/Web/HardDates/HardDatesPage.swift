import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Hard dates on the web: my private list of days that hurt, getting ready for the next one, and
/// telling my partner the coming week is hard; and what my partner told me.
struct HardDatesPage: OneScreenPage {
    let couples: CoupleService
    let clock: any WallClock
    let seen: SeenMarks

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        step(Post.addHardDate, on: router) { form, _ in
            .add(
                id: HardDateID(), what: try form.require("what"),
                day: try Day(iso: form["day"] ?? "").orInvalid("day", say("recent.hardDates.refusal.chooseDay")),
                yearly: form["yearly"] == "on")
        }
        steps(Post.hardDate, on: router) { step, form, id in
            switch step {
            case .prepare: return .prepare(id: id, helped: form["helped"], ask: form["ask"])
            case .tell: return .tell(id: id, week: HardWeekID(), words: form["words"])
            case .remove: return .remove(id: id)
            }
        }
    }

    enum HardDateStep: String, StepName { case prepare, tell, remove }

    func command(_ step: HardDateCommand, today: Day) -> CoupleCommand { .hardDate(step, today: today) }

    func page(after step: HardDateCommand, in state: CoupleState, form: FormFields) -> Page {
        switch step {
        case .add: .hardDates(done: .hardDateAdded)
        case .remove: .hardDates(done: .hardDateRemoved)
        case .prepare: .hardDates(done: .readyKept)
        case .tell: .hardDates(done: .hardWeekTold)
        }
    }

    var address: Page { .hardDates() }

    func html(_ screen: CoupleScreen) -> HTML { HardDatesPageView(screen: screen).html }

    func opened(_ screen: CoupleScreen) async throws {
        try await seen.opened(address.description, in: screen.state, by: screen.account)
    }
}
