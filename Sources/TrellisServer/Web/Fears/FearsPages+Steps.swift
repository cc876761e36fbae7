import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// The core fears forms: each becomes one step. Success goes back to the screen the form was on
/// with a line saying what happened; a refusal shows that screen with the reason and the words kept.
extension FearsPages: CoupleStepPage {
    func registerSteps(on router: some RouterMethods<TrellisRequestContext>) {
        step(Post.writeFear, on: router) { form, area in
            .writeFear(
                id: FearID(), area: area,
                what: try form.require("what"),
                why: try form.require("why"))
        }
        step(Post.revealTogether, on: router) { _, area in
            .revealTogether(area: area, partnerFears: [])
        }
        steps(Post.fear, on: router) { step, form, id in
            switch step {
            case .edit: return .editFear(id: id, what: try form.require("what"), why: try form.require("why"))
            case .withdraw: return .withdrawFear(id: id)
            case .share: return .shareFear(id: id)
            case .answer: return .answerFear(id: id, line: try form.require("line"))
            }
        }
    }

    enum FearStep: String, StepName { case edit, withdraw, share, answer }

    func command(_ step: FearCommand, today: Day) -> CoupleCommand { .fears(step) }

    func page(after step: FearCommand, in state: CoupleState, form: FormFields) -> Page {
        .fears(area: Self.area(backTo: form), done: Self.confirmation(step, in: state))
    }

    func page(_ visit: WebVisit, _ account: Account, form: FormFields, error: TrellisError, returned: ReturnedForm)
        async throws -> Response
    {
        try await page(visit, account, area: Self.area(backTo: form), error: error, returned: returned)
    }

    /// The area whose screen the form was on, if it was on one.
    private static func area(backTo form: FormFields) -> AreaID? {
        let back = (form["back"]).flatMap { isScreen($0) ? $0 : nil } ?? "/fears"
        return back.hasPrefix("/fears/areas/") ? AreaID(String(back.dropFirst(13))) : nil
    }

    /// The calm line after a step; revealing together says whether the fears opened just now.
    private static func confirmation(_ step: FearCommand, in state: CoupleState) -> StepConfirmation {
        switch step {
        case .writeFear: .fearKept
        case .editFear: .saved
        case .withdrawFear: .fearWithdrawn
        case .shareFear: .shared
        case .answerFear: .answered
        case .revealTogether(let area, _): state.fears.ready[area] == nil ? .revealedTogether : .waitingTogether
        }
    }
}
