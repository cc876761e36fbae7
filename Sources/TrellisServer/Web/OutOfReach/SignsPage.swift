import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The private check-in on the four signs: a form, the picture over time, and what the partner
/// chose to share of theirs.
struct SignsPage: OneScreenPage {
    let couples: CoupleService
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        step(Post.checkSigns, on: router) { form, _ in
            var levels: [Sign: Int] = [:]
            for sign in Sign.allCases {
                levels[sign] = try Int(form[sign.rawValue] ?? "").orInvalid(
                    "levels", say("reach.signs.chooseLevels"))
            }
            return .checkSigns(id: CheckInID(), levels: levels, note: form["note"], shared: form["shared"] == "on")
        }
        step(Post.shareCheckIn, on: router) { form, id in
            try form.requireConfirmation()
            return .shareCheckIn(id: id)
        }
    }

    func command(_ step: OutOfReachCommand, today: Day) -> CoupleCommand { .outOfReach(step, today: today) }

    func page(after step: OutOfReachCommand, in state: CoupleState, form: FormFields) -> Page {
        switch step {
        case .checkSigns(_, _, _, let shared): .signs(done: shared ? .shared : .keptForYou)
        case .shareCheckIn: .signs(done: .shared)
        case .logUrge: .urges(done: .urgeNoted)
        }
    }

    var address: Page { .signs() }

    func html(_ screen: CoupleScreen) -> HTML { SignsPageView(screen).html }
}
