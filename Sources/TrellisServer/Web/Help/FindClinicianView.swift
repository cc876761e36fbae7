import Foundation
import TrellisCore

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
        <p><a href="\(Page.help())">← Outside help</a></p>
        <h1>Find a clinician</h1>
        <p>Which approach fits depends on what broke. Here is what each tends to be good for, in \
        short; any good clinician will tell you plainly what they can help with.</p>
        \(guide)
        <section id="search"><h2>Search</h2>
        <p class="note">Only clinicians who chose to be listed here. Nobody pays to come first, \
        and your search is not kept.</p>
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
        let situations = [("", "Any")] + Situation.allCases.map { ($0.rawValue, $0.title) }
        let approaches = [("", "Any")] + Approach.allCases.map { ($0.rawValue, $0.title) }
        let settings = [("", "Either"), ("online", "Online"), ("inPerson", "In person")]
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
            \(select("situation", "What brings you", situations, search?.situation?.rawValue))
            \(select("approach", "Approach", approaches, search?.approach?.rawValue))
            \(select("setting", "Where", settings, setting))
            <label>Place (for in person) <input name="place" maxlength="100" value="\(place)"></label>
            <label>Language <input name="language" maxlength="40" value="\(search?.language ?? "")"></label>
            <button id="search-clinicians">Search</button>
            </form>
            """
    }

    private var results: HTML {
        guard let asked else { return .empty }
        guard !asked.isEmpty else {
            return
                #"<section id="found"><h2>Found</h2><p class="note">Nobody listed matches that yet. Try fewer choices.</p></section>"#
        }
        return """
            <section id="found"><h2>Found</h2>
            <ul class="fears">\(asked.map(entry).joined())</ul></section>
            """
    }

    private func entry(_ match: ClinicianSearch.Match<MemberID>) -> HTML {
        let profile = match.profile
        let approaches = Approach.allCases.filter(profile.approaches.contains).map(\.title).joined(separator: ", ")
        let setting = [profile.online ? "online" : nil, profile.place.map { "in \($0)" }].compactMap { $0 }
            .joined(separator: " and ")
        return """
            <li><h3>\(profile.name)</h3>
            <p class="note">\(approaches). Sees people \(setting). Works in \(profile.languages.joined(separator: ", ")).</p>
            <p>\(profile.about)</p>
            \(match.reasons.isEmpty ? .empty : "<ul>\(match.reasons.map { "<li>\($0)</li>" as HTML }.joined())</ul>" as HTML)
            <details><summary>Ask \(profile.name) in</summary>
            \(forms.post(Post.askClinician(), """
                \(Forms.hidden("clinician", match.id.description))
                \(ConsentFields.html(forms, Post.askClinician(), chosen: [], until: today.adding(days: 90)))
                <button class="ask-in">Ask them in</button>
                """))</details>
            </li>
            """
    }
}
