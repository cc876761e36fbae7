import TrellisCore
import TrellisLanguage

/// "Keeping Trellis private on this phone": the lock and what opens it, whether private pages ask
/// again, a plain look, and this device's lock time; with what the quick exit does not do.
enum PhonePrivacyForm {

    static func html(_ privacy: PhonePrivacy, lockAfter: Int, forms: Forms, error: TrellisError?) -> HTML {
        let refusal = Refusal(error: error, fields: ["code", "password", "lockAfter"])
        func radio(_ name: String, _ value: String, _ label: String, _ chosen: Bool) -> HTML {
            """
            <label class="check"><input type="radio" name="\(name)" value="\(value)"\(chosen ? " checked" : "")> \
            \(label)</label>
            """
        }
        let locks = [
            (PhonePrivacy.LockKey.none, say("reach.phone.noLock")), (.code, say("reach.phone.codeLock")),
            (.password, say("reach.phone.passwordLock")),
        ].map { radio("lock", $0.0.rawValue, $0.1, privacy.lock == $0.0) }.joined()
        let looks =
            radio("look", "", "Trellis", privacy.look == nil)
            + DiscreetLook.allCases.map { radio("look", $0.rawValue, $0.name, privacy.look == $0) }.joined()
        let times = DeviceLock.choices.map { seconds -> HTML in
            let label = seconds < 3600 ? say("reach.phone.minutes", count: seconds / 60) : say("reach.phone.oneHour")
            return #"<option value="\#(seconds)"\#(seconds == lockAfter ? " selected" : "")>\#(label)</option>"#
        }.joined()
        let ask: HTML = privacy.privatePagesAskAgain ? " checked" : .empty
        let help: HTML = "<a id=\"privacy-help\" href=\"\(PrivacyHelpPage.path)\">\(say("reach.phone.helpLink"))</a>"
        let lengths = (min: Say.number(LockCode.lengths.lowerBound), max: Say.number(LockCode.lengths.upperBound))
        return """
            <h2 id="this-phone">\(say("reach.phone.title"))</h2>
            <p class="note">\(HTML.say("reach.phone.helpLine", ["link": help]))</p>
            \(refusal.banner)
            \(forms.post(Post.phoneLock(), id: "lock-form", """
                <fieldset><legend>\(say("reach.phone.lockLegend"))</legend>\(locks)</fieldset>
                <label>\(say("reach.phone.codeField", ["min": lengths.min, "max": lengths.max])) \
                <input id="lock-new-code" name="code" type="password" autocomplete="new-password" \
                maxlength="\(LockCode.lengths.upperBound)"\(refusal.marks("code"))>\(refusal.note("code"))</label>
                <label>\(say("reach.phone.passwordField")) <input id="lock-password-confirm" name="password" \
                type="password" autocomplete="current-password"\(refusal.marks("password"))>\
                \(refusal.note("password"))</label>
                <label class="check"><input type="checkbox" name="privatePagesAskAgain" value="yes"\(ask)> \
                \(say("reach.phone.askAgainField"))</label>
                <fieldset><legend>\(say("reach.phone.lookLegend"))</legend>\
                \(looks)</fieldset>
                <button id="save-lock">\(say("reach.settings.save"))</button>
                """))
            \(forms.post(Post.phoneLockTime(), id: "lock-time-form", """
                <label>\(say("reach.phone.lockAfterField")) <select name="lockAfter">\(times)</select></label>\
                \(refusal.note("lockAfter"))
                <button id="save-lock-time" class="quiet">\(say("reach.phone.saveLockTime"))</button>
                """))
            <p class="note">\(say("reach.phone.quickExit"))</p>
            """
    }
}
