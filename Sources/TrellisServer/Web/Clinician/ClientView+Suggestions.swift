import Foundation
import TrellisCore
import TrellisLanguage

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
        func name(_ member: MemberID) -> String {
            members.first { $0.id == member }?.name ?? Member.formerPartnerName
        }
        let mine = recent.items.map { suggestion -> HTML in
            let answer: String =
                switch suggestion.answer {
                case nil: say("reach.client.suggestionWaiting")
                case let answer?:
                    answer.accepted
                        ? say("reach.client.suggestionTakenOn", ["name": name(answer.by)])
                        : say("reach.client.suggestionDeclined", ["name": name(answer.by)])
                }
            let what =
                if let doer = suggestion.doer {
                    say(
                        "reach.client.suggestionFor",
                        ["kind": suggestion.kind.title, "name": name(doer), "words": suggestion.words])
                } else {
                    say("reach.client.suggestion", ["kind": suggestion.kind.title, "words": suggestion.words])
                }
            return """
                <li><p>\(what)</p>\
                <p class="note">\(answer)</p></li>
                """
        }
        return """
            <section id="client-suggestions" class="no-print"><h2>\(say("reach.client.suggestTitle"))</h2>
            <p class="note">\(say("reach.client.suggestNote"))</p>
            \(forms.post(action, """
                <label>\(say("reach.client.suggestWhat")) <select name="kind">\(kindOptions)</select></label>
                \(kinds.contains(.clearAction) ? "<label>\(say("reach.client.suggestDoer")) <select name=\"doer\">\(doers)</select></label>" as HTML : .empty)
                <label>\(say("reach.client.suggestWords")) <textarea name="words" required maxlength="\(String(ExpectationsState.maximumWords))">\(forms.typed(action, "words"))</textarea></label>
                <button id="suggest">\(say("reach.client.suggestButton"))</button>
                """))
            \(mine.isEmpty ? .empty : "<ul class=\"fears\">\(mine.joined())</ul>" as HTML)
            \(paging(say("reach.client.earlierSuggestions"), recent, named: OutsideHelpState.List.suggestions))
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
                    <h3>\(say("reach.client.trustIn", ["name": truster.name, "area": area.name]))</h3>\(EvidenceWeeks(trust: trust).html)
                    <p class="area-trust">\(TrustPageView.words(trust, in: area.name))</p>
                    """
            }
        }
        return """
            <section id="client-pictures"><h2>\(say("reach.client.picturesTitle"))</h2>
            \(drawn.isEmpty ? "<p class=\"note\">\(say("reach.client.noSwitchOn"))</p>" : drawn.joined())
            </section>
            """
    }
}
