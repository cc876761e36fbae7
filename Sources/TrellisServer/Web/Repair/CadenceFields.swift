import Foundation
import TrellisCore

/// When a clear action happens: the same fields wherever one is worded (asking for an action,
/// proposing other words, taking on a clinician's suggestion).
enum CadenceFields {
    static func read(_ form: FormFields) throws -> Cadence {
        switch form["cadence"] ?? "" {
        case "daily": return .daily
        case "once":
            guard let day = Day(iso: form["by"] ?? "") else {
                throw TrellisError.invalid("by", "Choose the date it should be done by.")
            }
            return .once(by: day)
        case "weekdays": return .weekdays(form.all("day").compactMap(Weekday.init(name:)))
        case "whenever": return .whenever(situation: form["situation"] ?? "")
        default: throw TrellisError.invalid("cadence", "Choose when the action happens.")
        }
    }

    /// The fields, holding what was typed into the form posting to `path` if it was just refused.
    static func html(_ forms: Forms, _ path: String) -> HTML {
        let checked = Set(forms.typedAll(path, "day"))
        let days = Weekday.allCases.map {
            let mark = checked.contains($0.code) ? " checked" : ""
            return
                #"<label class="check"><input type="checkbox" name="day" value="\#($0.code)"\#(mark)> \#($0.name)</label>"#
                as HTML
        }.joined()
        let when = forms.options(
            path, "cadence",
            [
                ("daily", "Every day"), ("weekdays", "On some days of the week"), ("once", "Once, by a date"),
                ("whenever", "Whenever a situation comes up"),
            ])
        return """
            <label>When <select name="cadence">\(when)</select></label>
            <label data-for-cadence="once">By (for once) <input type="date" name="by" value="\(forms.typed(path, "by"))"></label>
            <fieldset data-for-cadence="weekdays"><legend>Days (for days of the week)</legend>\(days)</fieldset>
            <label data-for-cadence="whenever">Situation (for whenever) \
            <input name="situation" value="\(forms.typed(path, "situation"))"></label>
            """
    }
}
