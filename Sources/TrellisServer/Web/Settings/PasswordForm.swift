import TrellisLanguage

/// Changing my password: the current one first, so a phone left unlocked is not enough.
enum PasswordForm {
    static func html(forms: Forms, error: TrellisError?) -> HTML {
        let refusal = Refusal(error: error, fields: ["currentPassword", "newPassword"])
        let form = forms.post(
            Post.password(),
            """
            <label>\(say("reach.password.currentField")) <input name="currentPassword" type="password" autocomplete="current-password" \
            required\(refusal.marks("currentPassword"))>\(refusal.note("currentPassword"))</label>
            \(newPasswordField(refusal))
            <button id="change-password">\(say("reach.password.changeButton"))</button>
            """)
        return """
            <h2 id="password">\(say("reach.password.title"))</h2>
            <p>\(say("reach.password.intro"))</p>
            \(refusal.banner)
            \(form)
            """
    }

    /// The field for a new password, with the rules it is held to; also on the reset page.
    static func newPasswordField(_ refusal: Refusal) -> HTML {
        """
        <label>\(say("reach.password.newField", count: PasswordPolicy.minimumLength)) \
        <input name="newPassword" type="password" autocomplete="new-password" required \
        minlength="\(PasswordPolicy.minimumLength)" maxlength="\(PasswordPolicy.maximumLength)"\
        \(refusal.marks("newPassword"))>\(refusal.note("newPassword"))</label>
        """
    }
}
