import Foundation
import TrellisCore
import TrellisLanguage

/// When a clear action happens: the same fields wherever one is worded (asking for an action,
/// proposing other words, taking on a clinician's suggestion).
enum CadenceFields {
    static func read(_ form: FormFields) throws -> Cadence {
        switch form["cadence"] ?? "" {
        case "daily": return .daily
        case "once":
            guard let day = Day(iso: form["by"] ?? "") else {
                throw TrellisError.invalid("by", say("repair.cadence.chooseDate"))
            }
            return .once(by: day)
        case "weekdays": return .weekdays(form.all("day").compactMap(Weekday.init(name:)))
        case "whenever": return .whenever(situation: form["situation"] ?? "")
        default: throw TrellisError.invalid("cadence", say("repair.cadence.chooseWhen"))
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
                #"<label class="check"><input type="checkbox" name="day" value="\#($0.code)"\#(mark)> \#($0.spoken)</label>"#
                as HTML
        }.joined()
        let when = forms.options(
            path, "cadence",
            [
                ("daily", say("repair.cadence.daily")), ("weekdays", say("repair.cadence.weekdays")),
                ("once", say("repair.cadence.once")), ("whenever", say("repair.cadence.whenever")),
            ], fallback: start.map(name))
        return """
            <label>\(say("repair.cadence.whenLabel")) <select name="cadence">\(when)</select></label>
            <label data-for-cadence="once">\(say("repair.cadence.byLabel")) <input type="date" name="by" value="\(by)"></label>
            <fieldset data-for-cadence="weekdays"><legend>\(say("repair.cadence.daysLabel"))</legend>\(days)</fieldset>
            <label data-for-cadence="whenever">\(say("repair.cadence.situationLabel")) \
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
