import TrellisCore

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
            (PhonePrivacy.LockKey.none, "No lock"), (.code, "A lock code of my own"), (.password, "My password"),
        ].map { radio("lock", $0.0.rawValue, $0.1, privacy.lock == $0.0) }.joined()
        let looks =
            radio("look", "", "Trellis", privacy.look == nil)
            + DiscreetLook.allCases.map { radio("look", $0.rawValue, $0.name, privacy.look == $0) }.joined()
        let times = DeviceLock.choices.map { seconds -> HTML in
            let label = seconds < 3600 ? "\(seconds / 60) minute\(seconds == 60 ? "" : "s")" : "1 hour"
            return #"<option value="\#(seconds)"\#(seconds == lockAfter ? " selected" : "")>\#(label)</option>"#
        }.joined()
        let ask: HTML = privacy.privatePagesAskAgain ? " checked" : .empty
        return """
            <h2 id="this-phone">Keeping Trellis private on this phone</h2>
            <p class="note">What each of these protects, and what none of them does: \
            <a id="privacy-help" href="\(PrivacyHelpPage.path)">in plain words</a>.</p>
            \(refusal.banner)
            \(forms.post(Post.phoneLock(), id: "lock-form", """
                <fieldset><legend>Before anything shows after a while unused, ask for</legend>\(locks)</fieldset>
                <label>New lock code (\(LockCode.lengths.lowerBound) to \(LockCode.lengths.upperBound) letters or \
                digits) <input id="lock-new-code" name="code" type="password" autocomplete="new-password" \
                maxlength="\(LockCode.lengths.upperBound)"\(refusal.marks("code"))>\(refusal.note("code"))</label>
                <label>Your password (to set or change the lock) <input id="lock-password-confirm" name="password" \
                type="password" autocomplete="current-password"\(refusal.marks("password"))>\
                \(refusal.note("password"))</label>
                <label class="check"><input type="checkbox" name="privatePagesAskAgain" value="yes"\(ask)> \
                My journal, urges, signs and private fears ask again once the lock time has passed</label>
                <fieldset><legend>Name and icon for the tab, the installed app, mail, reminders and calendar</legend>\
                \(looks)</fieldset>
                <button id="save-lock">Save</button>
                """))
            \(forms.post(Post.phoneLockTime(), id: "lock-time-form", """
                <label>Lock this device after this long unused <select name="lockAfter">\(times)</select></label>\
                \(refusal.note("lockAfter"))
                <button id="save-lock-time" class="quiet">Save for this device</button>
                """))
            <p class="note">The quick exit, at the top of every page (or Escape three times), leaves for an everyday \
            page and locks this device (with no lock chosen, it logs this device out). It does not clear the \
            browser's history, and someone watching the screen may already have seen it.</p>
            """
    }
}
