/// Changing my password: the current one first, so a phone left unlocked is not enough.
enum PasswordForm {
    static func html(forms: Forms, error: TrellisError?) -> HTML {
        let refusal = Refusal(error: error, fields: ["currentPassword", "newPassword"])
        let form = forms.post(
            Post.password(),
            """
            <label>Current password <input name="currentPassword" type="password" autocomplete="current-password" \
            required\(refusal.marks("currentPassword"))>\(refusal.note("currentPassword"))</label>
            \(newPasswordField(refusal))
            <button id="change-password">Change password</button>
            """)
        return """
            <h2 id="password">My password</h2>
            <p>Changing it logs out every other device signed in as you.</p>
            \(refusal.banner)
            \(form)
            """
    }

    /// The field for a new password, with the rules it is held to; also on the reset page.
    static func newPasswordField(_ refusal: Refusal) -> HTML {
        """
        <label>New password (at least \(PasswordPolicy.minimumLength) characters) \
        <input name="newPassword" type="password" autocomplete="new-password" required \
        minlength="\(PasswordPolicy.minimumLength)" maxlength="\(PasswordPolicy.maximumLength)"\
        \(refusal.marks("newPassword"))>\(refusal.note("newPassword"))</label>
        """
    }
}
