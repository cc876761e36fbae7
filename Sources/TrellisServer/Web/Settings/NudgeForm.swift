import TrellisCore
import TrellisLanguage

/// "Reminders outside Trellis": which, and between which hours; or all paused. Each says only that
/// something is waiting, never who, what or which area.
enum NudgeForm {

    static func html(_ choice: NudgePreferences, zone: String, forms: Forms, error: TrellisError?) -> HTML {
        let refusal = Refusal(error: error, fields: ["fromHour"])
        func box(_ kind: NudgePreferences.Kind, _ words: String) -> HTML {
            let checked: HTML = choice.kinds.contains(kind) ? " checked" : .empty
            return
                #"<label class="check"><input type="checkbox" name="kind" value="\#(kind.rawValue)"\#(checked)> \#(words)</label>"#
        }
        func hours(_ name: String, _ range: ClosedRange<Int>, _ chosen: Int) -> HTML {
            range.map { hour -> HTML in
                #"<option value="\#(String(hour))"\#(hour == chosen ? " selected" : "")>\#(String(format: "%02d:00", hour % 24))</option>"#
            }.joined()
        }
        let paused: HTML = choice.paused ? " checked" : .empty
        return """
            <h2 id="reminders">\(say("reach.nudges.title"))</h2>
            <p class="note">\(say("reach.nudges.intro"))</p>
            \(refusal.banner)
            \(forms.post(Post.nudges(), """
                \(box(.partnerWaiting, say("reach.nudges.partnerWaiting")))
                \(box(.windowOpened, say("reach.nudges.windowOpened")))
                \(box(.commitmentsToday, say("reach.nudges.commitmentsToday")))
                \(box(.weeklyDigest, say("reach.nudges.weeklyDigest")))
                <label>\(say("reach.nudges.from")) <select name="fromHour">\(hours("fromHour", 0...23, choice.fromHour))</select></label>
                <label>\(say("reach.nudges.until")) <select name="untilHour">\(hours("untilHour", 1...24, choice.untilHour))</select></label>
                \(refusal.note("fromHour"))
                <p class="note">\(say("reach.nudges.hoursNote", ["zone": zone]))</p>
                <label class="check"><input type="checkbox" name="paused" value="yes"\(paused)> \(say("reach.nudges.pauseAll"))</label>
                <button id="save-reminders">\(say("reach.settings.save"))</button>
                """))
            """
    }
}
