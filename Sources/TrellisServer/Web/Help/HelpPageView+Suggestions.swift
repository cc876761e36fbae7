import Foundation
import TrellisCore
import TrellisLanguage

extension HelpPageView {
    /// What clinicians suggested: open ones first, each with the way to take it on (placing it in
    /// an area, and for an action saying when) or to decline; then what became of the others.
    var suggestions: HTML {
        let recent = state.help.recentSuggestions(before: screen.earlier)
        guard !recent.items.isEmpty else { return .empty }
        let open = recent.items.filter { $0.answer == nil }.map(openCard)
        let answered = recent.items.filter { $0.answer != nil }.map(answeredLine)
        let none: HTML = #"<p class="note">\#(say("common.help.suggestions.none"))</p>"#
        let waiting: HTML = open.isEmpty ? none : "<ul class=\"fears\">\(open.joined())</ul>"
        let past: HTML =
            answered.isEmpty
            ? .empty : "<h3>\(say("common.help.suggestions.answered"))</h3><ul>\(answered.joined())</ul>"
        return """
            <section id="suggestions"><h2>\(say("common.help.suggestions.title"))</h2>
            <p class="note">\(say("common.help.suggestions.lead"))</p>
            \(waiting)
            \(past)
            \(Self.paging.html(recent, named: OutsideHelpState.List.suggestions, showing: screen.earlier))
            </section>
            """
    }

    private func openCard(_ suggestion: Suggestion) -> HTML {
        let id = suggestion.id
        let take = Post.suggestion(.take)(id)
        let areas = forms.options(take, "area", state.activeAreas.map { ($0.id.description, $0.name) })
        let takeOn: HTML =
            suggestion.canBeTakenOn(by: viewer)
            ? forms.post(
                take,
                """
                <label>\(say("common.help.suggestions.area")) <select name="area">\(areas)</select></label>
                \(suggestion.kind == .clearAction ? CadenceFields.html(forms, take) : .empty)
                <button class="take-on">\(takeOnLabel(suggestion))</button>
                """)
            : #"<p class="note">\#(say("common.help.suggestions.partnerCanAsk", ["partner": partner]))</p>"#
        let decline: HTML =
            #"<button class="quiet decline-suggestion">\#(say("common.help.suggestions.decline"))</button>"#
        return """
            <li class="suggestion"><p>\(heading(suggestion))</p>
            <p class="note">\(suggestion.name), \(ExportDocumentView.moment(suggestion.at, zone: settings))</p>
            \(takeOn)
            \(forms.post(Post.suggestion(.decline)(id), decline))
            </li>
            """
    }

    /// What it is and whom it is for, with its words in bold: "Clear action for Sam: …".
    private func heading(_ suggestion: Suggestion) -> HTML {
        let kind: HTML = "\(suggestion.kind.title)"
        let words: HTML = "<strong>\(suggestion.words)</strong>"
        guard let doer = suggestion.doer else {
            return HTML.say("common.help.suggestions.heading", ["kind": kind, "words": words])
        }
        if doer == viewer {
            return HTML.say("common.help.suggestions.headingForYou", ["kind": kind, "words": words])
        }
        guard let name = state.members.first(where: { $0.id == doer })?.name else {
            return HTML.say("common.help.suggestions.headingForAPartner", ["kind": kind, "words": words])
        }
        return HTML.say("common.help.suggestions.headingFor", ["kind": kind, "name": "\(name)", "words": words])
    }

    private func takeOnLabel(_ suggestion: Suggestion) -> String {
        suggestion.kind == .clearAction
            ? say("common.help.suggestions.askFor", ["partner": partner])
            : say("common.help.suggestions.proposeTo", ["partner": partner])
    }

    private func answeredLine(_ suggestion: Suggestion) -> HTML {
        guard let answer = suggestion.answer else { return .empty }
        let words = suggestion.words
        let line =
            switch (answer.accepted, answer.by == viewer) {
            case (true, true): say("common.help.suggestions.takenOnByYou", ["words": words])
            case (true, false): say("common.help.suggestions.takenOnBy", ["words": words, "partner": partner])
            case (false, true): say("common.help.suggestions.declinedByYou", ["words": words])
            case (false, false): say("common.help.suggestions.declinedBy", ["words": words, "partner": partner])
            }
        return "<li>\(line)</li>"
    }
}
