import Foundation
import TrellisCore

extension HelpPageView {
    /// What clinicians suggested: open ones first, each with the way to take it on (placing it in
    /// an area, and for an action saying when) or to decline; then what became of the others.
    var suggestions: HTML {
        let recent = state.help.recentSuggestions(before: screen.earlier)
        guard !recent.items.isEmpty else { return .empty }
        let open = recent.items.filter { $0.answer == nil }.map(openCard)
        let answered = recent.items.filter { $0.answer != nil }.map(answeredLine)
        return """
            <section id="suggestions"><h2>Suggestions from clinicians</h2>
            <p class="note">A suggestion is only words until one of you takes it on. Then it goes the \
            usual way: an action is asked of the one who would do it, an expectation is agreed by both.</p>
            \(open.isEmpty ? #"<p class="note">None waiting.</p>"# : "<ul class=\"fears\">\(open.joined())</ul>" as HTML)
            \(answered.isEmpty ? .empty : "<h3>Answered</h3><ul>\(answered.joined())</ul>" as HTML)
            \(Self.paging.html(recent, named: OutsideHelpState.List.suggestions, showing: screen.earlier))
            </section>
            """
    }

    private func openCard(_ suggestion: Suggestion) -> HTML {
        let id = suggestion.id
        let take = Post.suggestion(.take)(id)
        let forWhom: HTML = suggestion.doer.map { " for \(name(of: $0))" } ?? .empty
        let areas = forms.options(take, "area", state.activeAreas.map { ($0.id.description, $0.name) })
        let takeOn: HTML =
            suggestion.canBeTakenOn(by: viewer)
            ? forms.post(
                take,
                """
                <label>Area <select name="area">\(areas)</select></label>
                \(suggestion.kind == .clearAction ? CadenceFields.html(forms, take) : .empty)
                <button class="take-on">\(suggestion.kind == .clearAction ? "Ask \(partner) for it" : "Propose it to \(partner)")</button>
                """)
            : #"<p class="note">\#(partner) can ask it of you, or either of you can decline it.</p>"#
        return """
            <li class="suggestion"><p>\(suggestion.kind.title)\(forWhom): <strong>\(suggestion.words)</strong></p>
            <p class="note">\(suggestion.name), \(ExportDocumentView.moment(suggestion.at, zone: settings))</p>
            \(takeOn)
            \(forms.post(Post.suggestion(.decline)(id), #"<button class="quiet decline-suggestion">Not for us</button>"#))
            </li>
            """
    }

    private func answeredLine(_ suggestion: Suggestion) -> HTML {
        guard let answer = suggestion.answer else { return .empty }
        let who = answer.by == viewer ? "you" : partner
        return "<li>\(suggestion.words): \(answer.accepted ? "taken on" : "declined") by \(who)</li>"
    }

    private func name(of member: MemberID) -> String {
        member == viewer ? "you" : state.members.first { $0.id == member }?.name ?? "a partner"
    }
}
