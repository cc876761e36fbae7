import Foundation
import TrellisCore

extension ClientView {
    /// The clinician's suggestions with what the couple answered, and the form to suggest a clear
    /// action or an expectation in the parts open to them.
    var suggestions: HTML {
        let kinds = Suggestion.Kind.allCases.filter { client.access.parts.contains($0.part) }
        guard !kinds.isEmpty else { return .empty }
        let action = Post.client(.suggestions)(client.couple)
        let members = client.state.members
        let doers = forms.options(action, "doer", members.map { ($0.id.description, $0.name) })
        let kindOptions = forms.options(action, "kind", kinds.map { ($0.rawValue, $0.title) })
        let recent = client.state.help.recentSuggestions(by: clinician, before: earlier)
        let mine = recent.items.map { suggestion -> HTML in
            let answer: String =
                switch suggestion.answer {
                case nil: "Waiting for them"
                case let answer?:
                    (answer.accepted ? "Taken on by " : "Declined by ")
                        + (members.first { $0.id == answer.by }?.name ?? Member.formerPartnerName)
                }
            let forWhom = suggestion.doer.map { doer in
                " for " + (members.first { $0.id == doer }?.name ?? Member.formerPartnerName)
            }
            return """
                <li><p>\(suggestion.kind.title)\(forWhom ?? ""): \(suggestion.words)</p>\
                <p class="note">\(answer)</p></li>
                """
        }
        return """
            <section id="client-suggestions" class="no-print"><h2>Suggest something</h2>
            <p class="note">Only words until one of them takes it on; then it goes their usual way.</p>
            \(forms.post(action, """
                <label>What <select name="kind">\(kindOptions)</select></label>
                \(kinds.contains(.clearAction) ? "<label>Who would do it (for a clear action) <select name=\"doer\">\(doers)</select></label>" as HTML : .empty)
                <label>Words <textarea name="words" required maxlength="\(String(ExpectationsState.maximumWords))">\(forms.typed(action, "words"))</textarea></label>
                <button id="suggest">Suggest it</button>
                """))
            \(mine.isEmpty ? .empty : "<ul class=\"fears\">\(mine.joined())</ul>" as HTML)
            \(paging("Earlier suggestions", recent, named: OutsideHelpState.List.suggestions))
            </section>
            """
    }

    /// Each partner's trust area by area, as they see it on their own trust page, from the open
    /// parts only (so confirmed safe behaviours, which no part holds, are never counted here).
    var pictures: HTML {
        guard client.access.parts.contains(.repair) else { return .empty }
        let drawn = seen.members.flatMap { truster in
            seen.activeAreas.compactMap { area -> HTML? in
                guard let trust = seen.emotionalTrust(of: truster.id, in: area.id, at: now), trust.onSince != nil
                else { return nil }
                return """
                    <h3>\(truster.name)\u{2019}s trust in \(area.name)</h3>\(EvidenceWeeks(trust: trust).html)
                    <p class="area-trust">\(TrustPageView.words(trust, in: area.name.lowercased()))</p>
                    """
            }
        }
        return """
            <section id="client-pictures"><h2>How trust is growing</h2>
            \(drawn.isEmpty ? #"<p class="note">No switch is on yet.</p>"# : drawn.joined())
            </section>
            """
    }
}
