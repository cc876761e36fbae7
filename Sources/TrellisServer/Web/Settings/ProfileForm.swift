import TrellisLanguage

/// The name and email Trellis knows me by, changed with my password.
enum ProfileForm {
    static func html(name: String, email: String, forms: Forms, error: TrellisError?) -> HTML {
        let refusal = Refusal(error: error, fields: ["name", "email", "password"])
        let form = forms.post(
            Post.profile(),
            """
            <label>\(say("reach.profileForm.nameField")) <input name="name" autocomplete="name" required maxlength="\(CredentialRules.maximumNameLength)" \
            value="\(name)"\(refusal.marks("name"))>\(refusal.note("name"))</label>
            <label>\(say("reach.profileForm.emailField")) <input name="email" type="email" autocomplete="email" required value="\(email)"\
            \(refusal.marks("email"))>\(refusal.note("email"))</label>
            <label>\(say("reach.password.currentField")) <input name="password" type="password" autocomplete="current-password" \
            required\(refusal.marks("password"))>\(refusal.note("password"))</label>
            <button id="save-profile">\(say("reach.profileForm.saveButton"))</button>
            """)
        return """
            <h2 id="profile">\(say("reach.profileForm.title"))</h2>
            <p>\(say("reach.profileForm.intro"))</p>
            \(refusal.banner)
            \(form)
            """
    }
}
