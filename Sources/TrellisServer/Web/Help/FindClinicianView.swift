import Foundation
import TrellisCore
import TrellisLanguage

/// Finding a clinician: the guide to which approaches fit which situation, a search of the
/// directory, and the clinicians found with why each matches and a way to ask them in.
struct FindClinicianView {
    /// The search asked for, when it could be read.
    let search: ClinicianSearch?
    /// Who was found, once a search was made (nil before).
    let asked: [ClinicianSearch.Match<MemberID>]?
    let forms: Forms
    let today: Day

    var html: HTML {
        """
        <p><a href="\(Page.help())">\(say("common.findClinician.back"))</a></p>
        <h1>\(say("common.findClinician.title"))</h1>
        <p>\(say("common.findClinician.lead"))</p>
        \(guide)
        <section id="search"><h2>\(say("common.findClinician.searchTitle"))</h2>
        <p class="note">\(say("common.findClinician.searchNote"))</p>
        \(searchForm)</section>
        \(results)
        """
    }

    private var guide: HTML {
        Situation.allCases.map { situation -> HTML in
            let fits = ClinicianGuide.fits(for: situation).map {
                "<li><strong>\($0.approach.title)</strong>: \($0.why)</li>" as HTML
            }
            return "<details><summary>\(situation.title)</summary><ul>\(fits.joined())</ul></details>"
        }.joined()
    }

    private var searchForm: HTML {
        let any = say("common.findClinician.any")
        let situations = [("", any)] + Situation.allCases.map { ($0.rawValue, $0.title) }
        let approaches = [("", any)] + Approach.allCases.map { ($0.rawValue, $0.title) }
        let settings = [
            ("", say("common.findClinician.either")), ("online", say("common.findClinician.online")),
            ("inPerson", say("common.findClinician.inPerson")),
        ]
        func select(_ name: String, _ label: String, _ choices: [(String, String)], _ chosen: String?) -> HTML {
            let options = choices.map { value, title -> HTML in
                #"<option value="\#(value)"\#(value == (chosen ?? "") ? " selected" : "")>\#(title)</option>"#
            }
            return #"<label>\#(label) <select name="\#(name)">\#(options.joined())</select></label>"#
        }
        let setting: String? =
            switch search?.setting {
            case .online?: "online"
            case .inPerson?: "inPerson"
            case nil: nil
            }
        let place: String = if case .inPerson(let place?)? = search?.setting { place } else { "" }
        return """
            <form method="get" action="\(Page.findClinician)">
            \(select("situation", say("common.findClinician.situation"), situations, search?.situation?.rawValue))
            \(select("approach", say("common.findClinician.approach"), approaches, search?.approach?.rawValue))
            \(select("setting", say("common.findClinician.where"), settings, setting))
            <label>\(say("common.findClinician.place")) <input name="place" maxlength="100" value="\(place)"></label>
            <label>\(say("common.findClinician.language")) <input name="language" maxlength="40" \
            value="\(search?.language ?? "")"></label>
            <button id="search-clinicians">\(say("common.findClinician.searchButton"))</button>
            </form>
            """
    }

    private var results: HTML {
        guard let asked else { return .empty }
        let found = say("common.findClinician.found")
        guard !asked.isEmpty else {
            return
                #"<section id="found"><h2>\#(found)</h2><p class="note">\#(say("common.findClinician.nobody"))</p></section>"#
        }
        return """
            <section id="found"><h2>\(found)</h2>
            <ul class="fears">\(asked.map(entry).joined())</ul></section>
            """
    }

    private func entry(_ match: ClinicianSearch.Match<MemberID>) -> HTML {
        let profile = match.profile
        let approaches = Approach.allCases.filter(profile.approaches.contains).map(\.title).joined(separator: ", ")
        let languages = profile.languages.joined(separator: ", ")
        let seen =
            switch (profile.online, profile.place) {
            case (true, let place?):
                say(
                    "common.findClinician.seesOnlineAndIn",
                    ["approaches": approaches, "place": place, "languages": languages])
            case (true, nil):
                say("common.findClinician.seesOnline", ["approaches": approaches, "languages": languages])
            case (false, let place?):
                say("common.findClinician.seesIn", ["approaches": approaches, "place": place, "languages": languages])
            // Never so: a profile says where its clinician sees people, or that they do online.
            case (false, nil):
                say("common.findClinician.seesNowhere", ["approaches": approaches, "languages": languages])
            }
        return """
            <li><h3>\(profile.name)</h3>
            <p class="note">\(seen)</p>
            <p>\(profile.about)</p>
            \(match.reasons.isEmpty ? .empty : "<ul>\(match.reasons.map { "<li>\($0)</li>" as HTML }.joined())</ul>" as HTML)
            <details><summary>\(say("common.findClinician.askIn", ["name": profile.name]))</summary>
            \(forms.post(Post.askClinician(), """
                \(Forms.hidden("clinician", match.id.description))
                \(ConsentFields.html(forms, Post.askClinician(), chosen: [], until: today.adding(days: 90)))
                <button class="ask-in">\(say("common.help.askThemIn"))</button>
                """))</details>
            </li>
            """
    }
}
