import Hummingbird
import TrellisCore
import TrellisStore

/// A clinician's own profile on the web: what couples see of them, whether the directory lists
/// them, and the id they give a couple who wants to ask them in directly.
struct ClinicianProfilePage {
    let clinicians: Clinicians

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.clinicianProfile().route) { request, context in
            let visit = try context.pageVisit()
            let account = try context.caller()
            let done = request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) }
            let view = ClinicianProfileView(
                account: account, profile: try await clinicians.profile(of: account.id), forms: visit.forms,
                done: done, refused: nil)
            return visit.page(view.html)
        }
        router.post(Post.clinicianProfile) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let account = try context.caller()
            let wanted = ClinicianProfile(
                name: form["name"] ?? "", approaches: Set(form.all("approach").compactMap(Approach.init(rawValue:))),
                online: form["online"] == "on", place: form["place"], languages: Self.languages(form["languages"]),
                about: form["about"] ?? "", listed: form["listed"] == "on")
            do {
                _ = try await clinicians.save(wanted, for: account)
                return visit.redirect(to: .clinicianProfile(done: .profileSaved))
            } catch let error as TrellisError {
                let view = ClinicianProfileView(
                    account: account, profile: wanted, forms: visit.forms, done: nil, refused: error)
                return visit.page(view.html, status: error.status)
            }
        }
    }

    /// "English, Español" as a list; what the list holds is checked with the rest of the profile.
    static func languages(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
