import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Seeing trust grow: my trust area by area as evidence over time, the safe behaviours I named
/// (one tap when one happens, my word on "I did this"), and the pyramid both ways. The partner
/// says "I did this" from their integrity page, and comes back there.
struct TrustPage: OneScreenPage {
    let couples: CoupleService
    let clock: any WallClock

    var address: Page { .trust() }

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        step(Post.nameBehaviour, on: router) { form, _ in
            .name(
                id: BehaviourID(),
                area: try AreaID(form.require("area")).orInvalid("area", say("trust.refusal.chooseArea")),
                what: try form.require("what"))
        }
        steps(Post.behaviour, on: router) { step, form, id in
            switch step {
            case .happened: return .happened(id: id, moment: UUID(), word: form["word"])
            case .retire: return .retire(id: id)
            case .confirm, .notThisTime:
                return .confirm(
                    id: id, moment: try UUID(uuidString: form.require("moment")).orNotFound(), yes: step == .confirm)
            }
        }
    }

    enum BehaviourStep: String, StepName {
        case happened, retire, confirm
        case notThisTime = "not-this-time"
    }

    func command(_ step: SafeBehaviourCommand, today: Day) -> CoupleCommand { .safeBehaviour(step, today: today) }

    func page(after step: SafeBehaviourCommand, in state: CoupleState, form: FormFields) -> Page {
        switch step {
        case .name: .trust(done: .behaviourNamed)
        case .retire: .trust(done: .retired)
        case .confirm: .trust(done: .decided)
        case .happened:
            form["back"] == Page.integrity().description ? .integrity(done: .claimSent) : .trust(done: .happenedNoted)
        }
    }

    func html(_ screen: CoupleScreen) -> HTML { TrustPageView(screen: screen).html }
}
