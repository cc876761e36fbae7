import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Rupture and repair on the web: record one, share it, add repair steps, say it feels repaired.
struct RupturesPage: OneScreenPage {
    let couples: CoupleService
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        step(Post.recordRupture, on: router) { form, _ in
            .record(
                id: RuptureID(),
                area: try form.area("area"),
                what: try form.require("what"), felt: try form.require("felt"), shared: form["shared"] == "on")
        }
        steps(Post.rupture, on: router) { step, form, id in
            switch step {
            case .share:
                try form.requireConfirmation()
                return .share(id: id)
            case .step:
                let link = form["link"] ?? ""
                return .addStep(
                    rupture: id, step: UUID(),
                    kind: try Rupture.Step.Kind(rawValue: form["kind"] ?? "").orInvalid(
                        "kind", say("repair.rupture.chooseKind")),
                    text: try form.require("text"),
                    action: link.hasPrefix("action:") ? ActionID(String(link.dropFirst(7))) : nil,
                    expectation: link.hasPrefix("expectation:") ? ExpectationID(String(link.dropFirst(12))) : nil)
            case .repaired: return .feelsRepaired(rupture: id, repaired: true)
            case .notYet: return .feelsRepaired(rupture: id, repaired: false)
            }
        }
    }

    enum RuptureStep: String, StepName {
        case share, step, repaired
        case notYet = "not-yet"
    }

    func command(_ step: RuptureCommand, today: Day) -> CoupleCommand { .rupture(step) }

    func page(after step: RuptureCommand, in state: CoupleState, form: FormFields) -> Page {
        switch step {
        case .record(_, _, _, _, let shared): .ruptures(done: shared ? .recorded : .keptPrivate)
        case .share: .ruptures(done: .shared)
        case .addStep: .ruptures(done: .noteSent)
        case .feelsRepaired(let id, let repaired):
            .ruptures(
                done: state.ruptures.rupture(id)?.isClosed == true ? .ruptureClosed : repaired ? .feelsRepaired : .saved
            )
        }
    }

    var address: Page { .ruptures() }

    func html(_ screen: CoupleScreen) -> HTML { RupturesPageView(screen: screen).html }
}
