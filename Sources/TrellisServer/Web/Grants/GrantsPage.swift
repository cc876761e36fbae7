import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Grants of trust: what I gave and what I was given, and a form to give one. Each form is one
/// step; success comes back here with a calm line, a refusal with the reason and the words kept.
struct GrantsPage: OneScreenPage {
    let couples: CoupleService
    let seen: SeenMarks
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        step(Post.offerGrant, on: router) { form, _ in
            .offer(
                id: GrantID(),
                area: try AreaID(form.require("area")).orInvalid("area", say("building.refusal.chooseArea")),
                fear: (form["fear"]).flatMap { $0.isEmpty ? nil : FearID($0) },
                what: try form.require("what"),
                stakes: try form.require("stakes"),
                size: try GrantSize(rawValue: form["size"] ?? "").orInvalid(
                    "size", say("building.grants.refusal.chooseSize")),
                reviewOn: try form.day("reviewOn"))
        }
        steps(Post.grant, on: router) { step, form, id in
            switch step {
            case .accept: return .answer(id: id, accept: true)
            case .decline: return .answer(id: id, accept: false)
            case .withdraw: return .withdraw(id: id)
            case .use: return .recordUse(id: id, text: try form.require("text"))
            case .honoured: return .review(id: id, honoured: true, why: nil)
            case .hurt: return .review(id: id, honoured: false, why: form["why"])
            }
        }
    }

    enum GrantStep: String, StepName { case accept, decline, withdraw, use, honoured, hurt }

    func command(_ step: GrantCommand, today: Day) -> CoupleCommand { .grant(step, today: today) }

    func page(after step: GrantCommand, in state: CoupleState, form: FormFields) -> Page {
        .grants(done: Self.confirmation(step))
    }

    var address: Page { .grants() }

    private static func confirmation(_ step: GrantCommand) -> StepConfirmation {
        switch step {
        case .offer: .grantGiven
        case .withdraw: .grantWithdrawn
        case .recordUse: .noteSent
        case .answer, .review: .decided
        }
    }

    func html(_ screen: CoupleScreen) -> HTML { GrantsPageView(screen: screen).html }

    func opened(_ screen: CoupleScreen) async throws {
        try await seen.opened(address.description, in: screen.state, by: screen.account)
    }
}
