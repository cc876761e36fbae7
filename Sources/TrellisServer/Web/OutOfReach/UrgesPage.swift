import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The private urge log: noting an urge in a few taps, and the pattern over weeks.
struct UrgesPage: OneScreenPage {
    let couples: CoupleService
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        step(Post.logUrge, on: router) { form, _ in
            let own = form["helpedWords"].flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
            return .logUrge(
                id: UrgeID(),
                kind: try Urge.Kind(rawValue: form["kind"] ?? "").orInvalid("kind", say("reach.urges.chooseKind")),
                actedOn: try ["acted": true, "resisted": false][form["outcome"] ?? ""].orInvalid(
                    "outcome", say("reach.urges.chooseOutcome")),
                helped: own ?? form["helped"], trigger: form["trigger"],
                area: try form.area("area"))
        }
    }

    func command(_ step: OutOfReachCommand, today: Day) -> CoupleCommand { .outOfReach(step, today: today) }

    func page(after step: OutOfReachCommand, in state: CoupleState, form: FormFields) -> Page {
        .urges(done: .urgeNoted)
    }

    var address: Page { .urges() }

    func html(_ screen: CoupleScreen) -> HTML { UrgesPageView(screen).html }
}
