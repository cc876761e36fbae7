import TrellisCore
import TrellisLanguage
import TrellisStore

/// The clinician's profile form: name, approaches, where they see people, languages, a few words
/// about themselves, and whether the directory lists them. A refused form keeps every choice.
struct ClinicianProfileView {
    let account: Account
    /// The saved profile, or what was just refused.
    let profile: ClinicianProfile?
    let forms: Forms
    let done: StepConfirmation?
    let refused: TrellisError?

    var html: HTML {
        let refusal = Refusal(error: refused, fields: ["name", "approaches", "place", "languages", "about"])
        let boxes = Approach.allCases.map { approach -> HTML in
            let mark: HTML = profile?.approaches.contains(approach) == true ? " checked" : .empty
            return
                #"<label class="check"><input type="checkbox" name="approach" value="\#(approach.rawValue)"\#(mark)> \#(approach.title)</label>"#
        }
        func checked(_ on: Bool?) -> HTML { on == true ? " checked" : .empty }
        let form = forms.post(
            Post.clinicianProfile(),
            """
            <label>\(say("reach.profile.nameField")) <input name="name" required maxlength="100" \
            value="\(profile?.name ?? account.name)"\(refusal.marks("name"))>\(refusal.note("name"))</label>
            <fieldset\(refusal.marks("approaches"))><legend>\(say("reach.profile.approachesLegend"))</legend>\(boxes.joined())\
            \(refusal.note("approaches"))</fieldset>
            <label class="check"><input type="checkbox" name="online"\(checked(profile?.online))> \(say("reach.profile.onlineField"))</label>
            <label>\(say("reach.profile.placeField")) <input name="place" maxlength="100" \
            value="\(profile?.place ?? "")"\(refusal.marks("place"))>\(refusal.note("place"))</label>
            <label>\(say("reach.profile.languagesField")) <input name="languages" required \
            value="\(profile?.languages.joined(separator: ", ") ?? "")"\(refusal.marks("languages"))>\
            \(refusal.note("languages"))</label>
            <label>\(say("reach.profile.aboutField")) <textarea name="about" required maxlength="1000"\(refusal.marks("about"))>\
            \(profile?.about ?? "")</textarea>\(refusal.note("about"))</label>
            <label class="check"><input type="checkbox" name="listed"\(checked(profile?.listed))> \
            \(say("reach.profile.listedField"))</label>
            <button id="save-clinician">\(say("reach.profile.saveButton"))</button>
            """)
        return """
            <p><a href="\(Page.settings())">\(say("reach.settings.back"))</a></p>
            <h1>\(say("reach.profile.title"))</h1>
            \(done?.html(partner: "") ?? .empty)
            \(refusal.banner)
            <p>\(say("reach.profile.intro"))</p>
            <p><a id="nav-clients" class="button" href="\(Page.clients)">\(say("reach.clients.title"))</a></p>
            <label>\(say("reach.profile.idField")) \
            <input id="clinician-id" class="copy-source" readonly value="\(account.id.description)"></label>
            <button type="button" class="copy quiet" data-copy="clinician-id" hidden>\(say("reach.profile.copyId"))</button>
            \(form)
            """
    }
}
