import TrellisCore

/// The lock: nothing of the member's (no name, no page, no menu), one field for the code, the
/// password as the way that always opens, and logging out for whoever should not be here.
struct LockPageView {
    let visit: WebVisit
    let next: String
    let error: TrellisError?

    var html: HTML {
        let usesCode = visit.session?.privacy.lock == .code
        let refusal = Refusal(error: error, fields: ["code", "password"])
        let forms = visit.forms
        let secret: HTML =
            usesCode
            ? """
            <label>Lock code <input id="lock-code" name="code" type="password" autocomplete="off" \
            inputmode="text" maxlength="\(LockCode.lengths.upperBound)" autofocus\(refusal.marks("code"))>\
            \(refusal.note("code"))</label>
            <details\(error?.field == "password" ? " open" : "")><summary>Use your password instead</summary>
            <label>Password <input id="lock-password" name="password" type="password" \
            autocomplete="current-password"\(refusal.marks("password"))>\(refusal.note("password"))</label>
            </details>
            """
            : """
            <label>Password <input id="lock-password" name="password" type="password" \
            autocomplete="current-password" autofocus\(refusal.marks("password"))>\(refusal.note("password"))</label>
            """
        let title = visit.access == .askAgain ? "This page asks again" : "Locked"
        let lead =
            visit.access == .askAgain
            ? "This page is private, and some time has passed. Give your \(usesCode ? "lock code" : "password") to open it."
            : "Give your \(usesCode ? "lock code" : "password") to go on."
        return """
            <h1>\(title)</h1>
            <p>\(lead)</p>
            \(refusal.banner)
            \(forms.post(Post.unlock(), id: "unlock", """
                \(Forms.hidden("next", next))
                \(secret)
                <button id="unlock-submit">Open</button>
                """))
            \(forms.post(Post.logOut(), class: "inline", #"<button id="lock-logout" class="link">Not you? Log out</button>"#))
            """
    }
}
