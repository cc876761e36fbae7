import Hummingbird
import TrellisCore
import TrellisStore

/// The couple's trust areas, from settings: each form is one couple step on the member's own
/// couple; success comes back here with a calm line, a refusal with the reason and the words kept.
struct AreasPage {
    let couples: CoupleService

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.areas().route) { request, context in
            let done = request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) }
            return try await page(try context.pageVisit(), try context.caller(), done: done)
        }
        step("/couple/areas") { form, _ in .addArea(name: try form.require("name")) }
        step("/couple/areas/{areaId}") { form, parameters in
            let area = try parameters.identifier("areaId", as: AreaID.self)
            switch try form.require("action") {
            case "rename": return .renameArea(area, name: try form.require("name"))
            case "archive":
                try form.requireConfirmation()
                return .archiveArea(area)
            case "restore": return .restoreArea(area)
            default: throw TrellisError.malformed("Choose rename, archive or restore.")
            }
        }

        func step(_ path: String, _ command: @escaping @Sendable (FormFields, Parameters) throws -> CoupleCommand) {
            router.post(RouterPath(path)) { request, context in
                let visit = try context.pageVisit()
                let form = try await visit.form(request)
                let account = try context.caller()
                do {
                    guard let couple = account.coupleID else { throw TrellisError.notFound }
                    let step = try command(form, context.parameters)
                    _ = try await couples.perform(step, in: couple, by: account)
                    return visit.redirect(to: .areas(done: StepConfirmation(step)))
                } catch let error as TrellisError {
                    let returned = ReturnedForm(action: request.uri.path, fields: form, error: error)
                    return try await page(visit, account, error: error, returned: returned)
                }
            }
        }
    }

    private func page(
        _ visit: WebVisit, _ account: Account, done: StepConfirmation? = nil, error: TrellisError? = nil,
        returned: ReturnedForm? = nil
    ) async throws -> Response {
        guard let couple = account.coupleID else { return visit.redirect(to: .home()) }
        let state = try await couples.authorised(account, couple).state
        let view = AreasPageView(
            areas: state.areas, forms: visit.forms(returning: returned), error: error, done: done)
        return visit.page(view.html, status: error?.status ?? .ok)
    }
}
