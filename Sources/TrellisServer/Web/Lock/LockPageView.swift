import TrellisCore
import TrellisLanguage

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
            <label>\(say("common.lock.code")) <input id="lock-code" name="code" type="password" autocomplete="off" \
            inputmode="text" maxlength="\(LockCode.lengths.upperBound)" autofocus\(refusal.marks("code"))>\
            \(refusal.note("code"))</label>
            <details\(error?.field == "password" ? " open" : "")><summary>\(say("common.lock.usePassword"))</summary>
            <label>\(say("common.account.password")) <input id="lock-password" name="password" type="password" \
            autocomplete="current-password"\(refusal.marks("password"))>\(refusal.note("password"))</label>
            </details>
            """
            : """
            <label>\(say("common.account.password")) <input id="lock-password" name="password" type="password" \
            autocomplete="current-password" autofocus\(refusal.marks("password"))>\(refusal.note("password"))</label>
            """
        let title = visit.access == .askAgain ? say("common.lock.askAgainTitle") : say("common.lock.title")
        let lead =
            switch (visit.access == .askAgain, usesCode) {
            case (true, true): say("common.lock.askAgainCode")
            case (true, false): say("common.lock.askAgainPassword")
            case (false, true): say("common.lock.giveCode")
            case (false, false): say("common.lock.givePassword")
            }
        let logOut: HTML = #"<button id="lock-logout" class="link">\#(say("common.lock.notYou"))</button>"#
        return """
            <h1>\(title)</h1>
            <p>\(lead)</p>
            \(refusal.banner)
            \(forms.post(Post.unlock(), id: "unlock", """
                \(Forms.hidden("next", next))
                \(secret)
                <button id="unlock-submit">\(say("common.lock.open"))</button>
                """))
            \(forms.post(Post.logOut(), class: "inline", logOut))
            """
    }
}
