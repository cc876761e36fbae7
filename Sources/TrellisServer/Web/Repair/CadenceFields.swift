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

    /// The fields, holding what was typed into the form posting to `path` if it was just refused,
    /// or else starting at `current` (proposing other words starts from the action's own timing,
    /// so changing only the words never changes when).
    static func html(_ forms: Forms, _ path: PostAddress, current: Cadence? = nil) -> HTML {
        let start = forms.isReturned(path) ? nil : current
        var checked = Set(forms.typedAll(path, "day"))
        var by = forms.typed(path, "by")
        var situation = forms.typed(path, "situation")
        switch start {
        case .weekdays(let days): checked = Set(days.map(\.code))
        case .once(let day): by = day.description
        case .whenever(let words): situation = words
        case .daily, nil: break
        }
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
            ], fallback: start.map(name))
        return """
            <label>When <select name="cadence">\(when)</select></label>
            <label data-for-cadence="once">By (for once) <input type="date" name="by" value="\(by)"></label>
            <fieldset data-for-cadence="weekdays"><legend>Days (for days of the week)</legend>\(days)</fieldset>
            <label data-for-cadence="whenever">Situation (for whenever) \
            <input name="situation" value="\(situation)"></label>
            """
    }

    /// The `cadence` choice a timing is read back from.
    private static func name(_ cadence: Cadence) -> String {
        switch cadence {
        case .daily: "daily"
        case .weekdays: "weekdays"
        case .once: "once"
        case .whenever: "whenever"
        }
    }
}
