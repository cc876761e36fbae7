import Hummingbird

/// The page behind an operator's one-time link (`trellis account reset-password`): a new password,
/// after which every device is logged out and the person logs in afresh.
struct ResetPages {
    let resets: PasswordResets

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get("/reset/{token}") { _, context in
            let visit = try context.pageVisit()
            let token = try context.parameters.require("token")
            guard try await resets.isLive(token) else {
                return visit.page(Self.gone, status: .gone)
            }
            return visit.page(Self.form(visit.forms, token: token, error: nil))
        }
        router.post(Post.reset) { link, request, context in
            let visit = try context.pageVisit()
            let token = link.text
            let form = try await visit.form(request)
            do {
                try await resets.reset(token, newPassword: form["newPassword"] ?? "")
            } catch let error as TrellisError {
                guard error.code != TrellisError.resetLinkUsed.code else {
                    return visit.page(Self.gone, status: error.status)
                }
                return visit.page(Self.form(visit.forms, token: token, error: error), status: error.status)
            }
            return visit.redirectClearingSession(to: Page.logIn().description)
        }
    }

    private static let gone: HTML = """
        <h1>This link no longer works</h1>
        <p>It has been used, or it is more than a day old. <a href="\(ForgotPages.route)">Ask for a new one</a>.</p>
        """

    private static func form(_ forms: Forms, token: String, error: TrellisError?) -> HTML {
        let refusal = Refusal(error: error, fields: ["newPassword"])
        let form = forms.post(
            Post.reset(LinkToken(token)),
            """
            \(PasswordForm.newPasswordField(refusal))
            <button id="reset-password">Set my new password</button>
            """)
        return """
            <h1>Choose a new password</h1>
            <p>Every device signed in as you will be logged out; then log in with the new password.</p>
            <p id="reset-sealed">Your private entries stay locked after this: nobody else holds their key. Your \
            recovery code opens them again (in My settings, once you are logged in). Without it, they \
            cannot be opened by anyone; what you share with your partner is not affected.</p>
            \(refusal.banner)
            \(form)
            """
    }
}
