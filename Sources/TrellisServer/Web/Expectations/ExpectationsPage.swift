import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Expectations and promises to tell: what holds, what is proposed, and a form to propose. Each
/// form is one step; success comes back here with a calm line, a refusal with the reason and the
/// words kept.
struct ExpectationsPage: OneScreenPage {
    let couples: CoupleService
    let seen: SeenMarks
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        step(Post.proposeExpectation, on: router) { form, _ in
            .propose(
                id: ExpectationID(),
                area: try AreaID(form.require("area")).orInvalid("area", say("building.refusal.chooseArea")),
                words: try form.require("words"), promise: form["kind"] == "promise", reviewOn: try form.day("reviewOn")
            )
        }
        steps(Post.expectation, on: router) { step, form, id in
            let version = Int(form["version"] ?? "") ?? 0
            switch step {
            case .reword: return .reword(id: id, words: try form.require("words"), reviewOn: try form.day("reviewOn"))
            case .agree: return .agree(id: id, version: version)
            case .decline: return .decline(id: id, version: version)
            case .withdraw: return .withdrawConsent(id: id)
            case .tell: return .disclose(id: id, disclosure: UUID(), text: try form.require("text"))
            case .thank:
                return .thank(id: id, disclosure: try UUID(uuidString: form.require("disclosure")).orNotFound())
            }
        }
    }

    enum ExpectationStep: String, StepName { case reword, agree, decline, withdraw, tell, thank }

    func command(_ step: ExpectationCommand, today: Day) -> CoupleCommand { .expectation(step, today: today) }

    func page(after step: ExpectationCommand, in state: CoupleState, form: FormFields) -> Page {
        .expectations(done: Self.confirmation(step))
    }

    var address: Page { .expectations() }

    private static func confirmation(_ step: ExpectationCommand) -> StepConfirmation {
        switch step {
        case .propose, .reword: .proposed
        case .agree, .decline: .decided
        case .withdrawConsent: .consentWithdrawn
        case .disclose: .told
        case .thank: .thanked
        }
    }

    func html(_ screen: CoupleScreen) -> HTML { ExpectationsPageView(screen: screen).html }

    func opened(_ screen: CoupleScreen) async throws {
        try await seen.opened(address.description, in: screen.state, by: screen.account)
    }
}
