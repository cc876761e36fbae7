/// The name and email Trellis knows me by, changed with my password.
enum ProfileForm {
    static func html(name: String, email: String, forms: Forms, error: TrellisError?) -> HTML {
        let refusal = Refusal(error: error, fields: ["name", "email", "password"])
        let form = forms.post(
            Post.profile(),
            """
            <label>Name <input name="name" autocomplete="name" required maxlength="\(CredentialRules.maximumNameLength)" \
            value="\(name)"\(refusal.marks("name"))>\(refusal.note("name"))</label>
            <label>Email <input name="email" type="email" autocomplete="email" required value="\(email)"\
            \(refusal.marks("email"))>\(refusal.note("email"))</label>
            <label>Current password <input name="password" type="password" autocomplete="current-password" \
            required\(refusal.marks("password"))>\(refusal.note("password"))</label>
            <button id="save-profile">Save name and email</button>
            """)
        return """
            <h2 id="profile">My name and email</h2>
            <p>Your partner sees your name; nobody sees your email but you.</p>
            \(refusal.banner)
            \(form)
            """
    }
}
