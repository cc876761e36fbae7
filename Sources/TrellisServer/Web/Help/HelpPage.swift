import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Outside help on the web: ask a clinician in, consent to what they may see and until when, or
/// withdraw; and the guide with the directory search, on a page of its own.
struct HelpPage: OneScreenPage {
    let couples: CoupleService
    let clinicians: Clinicians
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        registerScreen(on: router)
        router.get(Page.findClinician.route) { request, context in
            let visit = try context.pageVisit()
            // A hand-edited address with a value that is not one of the choices searches for nothing.
            let search = try? CliniciansAPI.search(request, from: .form)
            var found: [ClinicianSearch.Match<MemberID>]?
            if !request.uri.queryParameters.isEmpty {
                found = []
                if let search { found = try await clinicians.search(search) }
            }
            let view = FindClinicianView(
                search: search, asked: found,
                forms: visit.forms(returning: nil, back: Page.help().description),
                today: try context.caller().settings.today(at: clock.now()))
            return visit.page(view.html)
        }
        step(Post.askClinician, on: router) { form, _ in
            let id = try MemberID(form["clinician"] ?? "").orInvalid("clinician", say("common.help.noSuchClinician"))
            let profile = try await clinicians.profile(of: id).orInvalid(
                "clinician", say("common.help.noSuchClinician"))
            let (parts, until) = try ConsentFields.read(form)
            return .invite(clinician: id, name: profile.name, parts: parts, until: until)
        }
        steps(Post.suggestion, on: router) { step, form, id in
            switch step {
            case .take:
                let area = try AreaID(form["area"] ?? "").orInvalid("area", say("common.help.chooseArea"))
                let cadence = form["cadence"] == nil ? nil : try CadenceFields.read(form)
                return .takeOn(suggestion: id, as: UUID(), area: area, cadence: cadence)
            case .decline: return .decline(suggestion: id)
            }
        }
        steps(Post.consent, on: router) { step, form, id in
            switch step {
            case .consent:
                let (parts, until) = try ConsentFields.read(form)
                return .consent(clinician: id, parts: parts, until: until)
            case .withdraw: return .withdraw(clinician: id)
            }
        }
    }

    enum SuggestionStep: String, StepName { case take, decline }
    enum ConsentStep: String, StepName { case consent, withdraw }

    func command(_ step: HelpCommand, today: Day) -> CoupleCommand { .help(step, today: today) }

    func page(after step: HelpCommand, in state: CoupleState, form: FormFields) -> Page {
        switch step {
        case .invite: .help(done: .clinicianAsked)
        case .consent: .help(done: .consentKept)
        case .withdraw: .help(done: .consentWithdrawn)
        case .recordOperatorExport: .help()  // never a form's: only `trellis export` records it
        case .takeOn: .help(done: .suggestionTakenOn)
        case .decline: .help(done: .suggestionDeclined)
        }
    }

    var address: Page { .help() }

    func html(_ screen: CoupleScreen) -> HTML { HelpPageView(screen: screen).html }
}
