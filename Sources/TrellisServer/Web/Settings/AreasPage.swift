import Hummingbird
import TrellisCore
import TrellisStore

/// The couple's trust areas, from settings: each form is one couple step on the member's own
/// couple; success comes back here with a calm line, a refusal with the reason and the words kept.
struct AreasPage: OneScreenPage {
    let couples: CoupleService
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        step(Post.addArea, on: router) { form, _ in .addArea(name: try form.require("name")) }
        steps(Post.area, on: router) { step, form, area in
            switch step {
            case .rename: return .renameArea(area, name: try form.require("name"))
            case .archive:
                try form.requireConfirmation()
                return .archiveArea(area)
            case .restore: return .restoreArea(area)
            }
        }
    }

    enum AreaStep: String, StepName {
        case rename, archive, restore
    }

    var address: Page { .areas() }

    func command(_ step: CoupleCommand, today: Day) -> CoupleCommand { step }

    func page(after step: CoupleCommand, in state: CoupleState, form: FormFields) -> Page {
        .areas(done: StepConfirmation(step))
    }

    func html(_ screen: CoupleScreen) -> HTML { AreasPageView(screen: screen).html }
}
