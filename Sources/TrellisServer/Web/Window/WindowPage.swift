import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The Transparency Window on the web. Every control is a plain form, so the page works by
/// reloading; with the script, the live part follows the partner's steps within a second.
struct WindowPage: OneScreenPage {
    let couples: CoupleService
    let seen: SeenMarks
    let clock: any WallClock
    let settings: ServerSettings

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        step(Post.startWindow, on: router) { form, _ in
            .start(id: WindowID(), question: try form.require("question"), seconds: settings.windowSeconds)
        }
        steps(Post.window, on: router) { step, form, id in
            switch step {
            case .join: return .join(id: id, question: nil)
            case .decline: return .decline(id: id)
            case .rate:
                return .rate(
                    id: id,
                    rating: try Int(form.require("rating")).orInvalid(
                        "rating", say("building.window.refusal.chooseRating")))
            case .ready: return .ready(id: id)
            case .leave: return .leave(id: id)
            case .reflect: return .reflect(id: id, text: try form.require("text"), shared: form["shared"] == "on")
            case .share:
                try form.requireConfirmation()
                return .shareReflection(id: id)
            }
        }
    }

    enum WindowStep: String, StepName { case join, decline, rate, ready, leave, reflect, share }

    func command(_ step: WindowCommand, today: Day) -> CoupleCommand { .window(step) }

    func page(after step: WindowCommand, in state: CoupleState, form: FormFields) -> Page {
        switch step {
        case .start: .window(done: .windowStarted)
        case .leave, .decline: .window(done: .windowEnded)
        case .reflect(_, _, let shared): .window(done: shared ? .shared : .reflectionKept)
        case .shareReflection: .window(done: .shared)
        case .join, .rate, .ready, .settle: .window()
        }
    }

    var address: Page { .window() }

    func html(_ screen: CoupleScreen) -> HTML { WindowPageView(screen: screen).html }

    /// A refused step shows the page as it is: only a plain reading records what time brought.
    func state(of couple: CoupleID, for account: Account, refused: Bool) async throws -> CoupleState {
        refused
            ? try await couples.authorised(account, couple).state : try await couples.settleWindow(couple, for: account)
    }

    func opened(_ screen: CoupleScreen) async throws {
        try await seen.opened(address.description, in: screen.state, by: screen.account)
    }
}
