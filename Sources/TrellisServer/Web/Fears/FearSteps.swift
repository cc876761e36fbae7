import Foundation
import Hummingbird
import TrellisCore
import TrellisStore

/// The core fears forms: each becomes one step. Success goes back to the area's screen with a
/// line saying what happened; a refusal shows that screen with the reason and the words kept.
struct FearSteps {
    let pages: FearsPages

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        step("/fears/areas/{areaId}/write") { form, parameters in
            .writeFear(
                id: UUID(), area: try parameters.identifier("areaId", as: AreaID.self), what: try form.require("what"),
                why: try form.require("why"))
        }
        step("/fears/areas/{areaId}/reveal-together") { _, parameters in
            .revealTogether(area: try parameters.identifier("areaId", as: AreaID.self), partnerFears: [])
        }
        step("/fears/{fearId}/{step}") { form, parameters in
            let id = try parameters.uuid("fearId")
            switch try parameters.require("step") {
            case "edit": return .editFear(id: id, what: try form.require("what"), why: try form.require("why"))
            case "withdraw": return .withdrawFear(id: id)
            case "share": return .shareFear(id: id)
            case "answer": return .answerFear(id: id, line: try form.require("line"))
            default: throw TrellisError.notFound
            }
        }

        func step(_ path: String, _ command: @escaping @Sendable (FormFields, Parameters) throws -> BuildingCommand) {
            router.post(RouterPath(path)) { request, context in
                let visit = try context.pageVisit()
                let form = try await visit.form(request)
                let account = try context.caller()
                let back = (form["back"]).flatMap { FearsPages.isScreen($0) ? $0 : nil } ?? "/fears"
                let area = back.hasPrefix("/fears/areas/") ? AreaID(String(back.dropFirst(13))) : nil
                do {
                    guard let couple = account.coupleID else { throw TrellisError.notFound }
                    let step = try command(form, context.parameters)
                    let state = try await pages.couples.perform(.building(step), in: couple, by: account)
                    return visit.redirect(to: .fears(area: area, done: Self.confirmation(step, area: area, in: state)))
                } catch let error as TrellisError {
                    let returned = ReturnedForm(action: request.uri.path, fields: form, error: error)
                    return try await pages.page(visit, account, area: area, error: error, returned: returned)
                }
            }
        }
    }

    /// The calm line after a step; revealing together says whether the fears opened just now.
    private static func confirmation(_ step: BuildingCommand, area: AreaID?, in state: CoupleState)
        -> StepConfirmation
    {
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
