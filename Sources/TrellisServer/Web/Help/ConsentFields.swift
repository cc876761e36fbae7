import Foundation
import TrellisCore
import TrellisLanguage

/// The parts a clinician may see and the review day: the same fields wherever a partner
/// consents (asking someone in, or changing their consent).
enum ConsentFields {
    static func read(_ form: FormFields) throws -> (parts: Set<HelpScope>, until: Day) {
        let parts = Set(form.all("part").compactMap(HelpScope.init(rawValue:)))
        let until = try Day(iso: form["until"] ?? "").orInvalid("until", say("common.consent.chooseReviewDay"))
        return (parts, until)
    }

    /// Checkboxes for the parts and a date for the review day; `chosen` and `until` are the
    /// partner's current choice, unless a refused form brings back what they had typed.
    static func html(_ forms: Forms, _ action: PostAddress, chosen: Set<HelpScope>, until: Day) -> HTML {
        let typed = forms.isReturned(action) ? Set(forms.typedAll(action, "part")) : Set(chosen.map(\.rawValue))
        let day = forms.isReturned(action) ? forms.typed(action, "until") : until.description
        let boxes = HelpScope.allCases.map { part -> HTML in
            let mark: HTML = typed.contains(part.rawValue) ? " checked" : .empty
            return
                #"<label class="check"><input type="checkbox" name="part" value="\#(part.rawValue)"\#(mark)> \#(part.title)</label>"#
        }
        return """
            <fieldset><legend>\(say("common.consent.legend"))</legend>\
            \(boxes.joined())</fieldset>
            <label>\(say("common.consent.until")) <input type="date" name="until" required value="\(day)"></label>
            """
    }
}
