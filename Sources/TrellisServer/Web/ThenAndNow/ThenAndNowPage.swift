import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Then and now on the web: three short questions per area where my trust is on, once a month,
/// drawn month by month; sharing an answer; my partner's shared answers beside mine.
struct ThenAndNowPage: OneScreenPage {
    let couples: CoupleService
    let clock: any WallClock
    let seen: SeenMarks

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        step(Post.answerThenAndNow, on: router) { form, area in
            var levels: [ThenAndNowAnswer.Part: ThenAndNowAnswer.Level] = [:]
            for part in ThenAndNowAnswer.Part.allCases {
                levels[part] = try ThenAndNowAnswer.Level(rawValue: form[part.rawValue] ?? "").orInvalid(
                    part.rawValue, say("recent.thenAndNow.refusal.chooseAnswer"))
            }
            return .answer(
                id: ThenAndNowID(), area: area, levels: levels, words: form["words"], shared: form["shared"] == "on")
        }
        step(Post.shareThenAndNow, on: router) { _, id in .share(id: id) }
    }

    func command(_ step: ThenAndNowCommand, today: Day) -> CoupleCommand { .thenAndNow(step, today: today) }

    func page(after step: ThenAndNowCommand, in state: CoupleState, form: FormFields) -> Page {
        switch step {
        case .answer(_, _, _, _, let shared): .thenAndNow(done: shared ? .answerShared : .answerKept)
        case .share: .thenAndNow(done: .answerShared)
        }
    }

    var address: Page { .thenAndNow() }

    func html(_ screen: CoupleScreen) -> HTML { ThenAndNowPageView(screen: screen).html }

    func opened(_ screen: CoupleScreen) async throws {
        try await seen.opened(address.description, in: screen.state, by: screen.account)
    }
}
