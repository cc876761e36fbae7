import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The weekly check-in on the web: agreeing a day and a time, writing my turn, both turns opening
/// together, and saying back "I heard you" or thanks.
struct TalkPage: OneScreenPage {
    let couples: CoupleService
    let clock: any WallClock
    let seen: SeenMarks

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        steps(Post.talk, on: router) { step, form, _ in
            switch step {
            case .propose:
                return .propose(
                    weekday: try (form["weekday"].flatMap(Int.init).flatMap(Weekday.init(rawValue:))).orInvalid(
                        "weekday", say("recent.talk.refusal.chooseWeekday")),
                    time: form["time"] ?? "")
            case .agree: return .agree
            case .stop: return .stop
            case .turn:
                var parts: [Turn.Part: String] = [:]
                for part in Turn.Part.allCases { parts[part] = form[part.rawValue] }
                return .writeTurn(parts: parts, partnerTurn: nil)
            case .answer:
                return .answer(
                    week: try Day(iso: form["week"] ?? "").orInvalid("week", say("recent.talk.refusal.notYourWeek")),
                    answer: try Turn.Answer(rawValue: form["answer"] ?? "").orInvalid(
                        "answer", say("recent.talk.refusal.chooseAnswer")))
            }
        }
    }

    enum TalkStep: String, StepName { case propose, agree, stop, turn, answer }

    func command(_ step: TalkCommand, today: Day) -> CoupleCommand { .talk(step, today: today) }

    func page(after step: TalkCommand, in state: CoupleState, form: FormFields) -> Page {
        switch step {
        case .propose: .talk(done: .talkProposed)
        case .agree: .talk(done: .talkAgreed)
        case .stop: .talk(done: .talkStopped)
        case .writeTurn:
            .talk(done: state.talk.turns.last?.opened == true ? .turnsOpened : .turnKept)
        case .answer: .talk(done: .turnAnswered)
        }
    }

    var address: Page { .talk() }

    func html(_ screen: CoupleScreen) -> HTML { TalkPageView(screen: screen).html }

    func opened(_ screen: CoupleScreen) async throws {
        try await seen.opened(address.description, in: screen.state, by: screen.account)
    }
}
