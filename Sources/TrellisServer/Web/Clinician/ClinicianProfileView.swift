import TrellisCore
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
            <label>Your name, as couples know you <input name="name" required maxlength="100" \
            value="\(profile?.name ?? account.name)"\(refusal.marks("name"))>\(refusal.note("name"))</label>
            <fieldset\(refusal.marks("approaches"))><legend>How you work</legend>\(boxes.joined())\
            \(refusal.note("approaches"))</fieldset>
            <label class="check"><input type="checkbox" name="online"\(checked(profile?.online))> I see people online</label>
            <label>Where you see people in person (leave empty if online only) <input name="place" maxlength="100" \
            value="\(profile?.place ?? "")"\(refusal.marks("place"))>\(refusal.note("place"))</label>
            <label>Languages you work in, separated by commas <input name="languages" required \
            value="\(profile?.languages.joined(separator: ", ") ?? "")"\(refusal.marks("languages"))>\
            \(refusal.note("languages"))</label>
            <label>About you, for couples <textarea name="about" required maxlength="1000"\(refusal.marks("about"))>\
            \(profile?.about ?? "")</textarea>\(refusal.note("about"))</label>
            <label class="check"><input type="checkbox" name="listed"\(checked(profile?.listed))> \
            List me in this Trellis's directory</label>
            <button id="save-clinician">Save my profile</button>
            """)
        return """
            <p><a href="\(Page.settings())">← My settings</a></p>
            <h1>My clinician profile</h1>
            \(done?.html(partner: "") ?? .empty)
            \(refusal.banner)
            <p>Couples who look for help can find you here, if you choose to be listed. A couple asks \
            you in; you see only the parts of their shared work both partners chose, until their \
            review day, and each of them can end it at any moment.</p>
            <p><a id="nav-clients" class="button" href="\(Page.clients)">Couples I help</a></p>
            <label>A couple can also ask you in with your clinician id. Give them this: \
            <input id="clinician-id" class="copy-source" readonly value="\(account.id.description)"></label>
            <button type="button" class="copy quiet" data-copy="clinician-id" hidden>Copy my clinician id</button>
            \(form)
            """
    }
}
