import Hummingbird
import TrellisLanguage

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

    private static var gone: HTML {
        let ask: HTML = #"<a href="\#(ForgotPages.route)">\#(say("common.reset.askAgain"))</a>"#
        return """
            <h1>\(say("common.link.goneTitle"))</h1>
            <p>\(HTML.say("common.reset.gone", ["link": ask]))</p>
            """
    }

    private static func form(_ forms: Forms, token: String, error: TrellisError?) -> HTML {
        let refusal = Refusal(error: error, fields: ["newPassword"])
        let form = forms.post(
            Post.reset(LinkToken(token)),
            """
            \(PasswordForm.newPasswordField(refusal))
            <button id="reset-password">\(say("common.reset.submit"))</button>
            """)
        return """
            <h1>\(say("common.reset.title"))</h1>
            <p>\(say("common.reset.lead"))</p>
            <p id="reset-sealed">\(say("common.reset.sealed"))</p>
            \(refusal.banner)
            \(form)
            """
    }
}
