import TrellisCore

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
            <h2 id="reminders">Reminders outside Trellis</h2>
            <p class="note">By email, each says only \u{201C}Something is waiting for you in Trellis\u{201D}: never \
            who, what or which area, since a phone's lock screen or a shared tablet may show it.</p>
            \(refusal.banner)
            \(forms.post(Post.nudges(), """
                \(box(.partnerWaiting, "When my partner is waiting on me (at most once a day)"))
                \(box(.windowOpened, "When my partner opens a Transparency Window for me"))
                \(box(.commitmentsToday, "On a day I have clear actions of my own to do"))
                \(box(.weeklyDigest, "Once a week, on Monday, a look back"))
                <label>From <select name="fromHour">\(hours("fromHour", 0...23, choice.fromHour))</select></label>
                <label>Until <select name="untilHour">\(hours("untilHour", 1...24, choice.untilHour))</select></label>
                \(refusal.note("fromHour"))
                <p class="note">Hours on your own clock (\(zone)); outside them a reminder waits for the morning.</p>
                <label class="check"><input type="checkbox" name="paused" value="yes"\(paused)> Pause them all</label>
                <button id="save-reminders">Save</button>
                """))
            """
    }
}
