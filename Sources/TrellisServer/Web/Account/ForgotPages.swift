import Hummingbird
import TrellisLanguage

/// "Forgot my password?": an email in, the same answer out whatever it is. Without mail set up,
/// the page says who can help instead.
struct ForgotPages {
    static let route = "/forgot"

    /// Nil when this Trellis sends no mail.
    let mail: PasswordResetMail?

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(RouterPath(Self.route)) { request, context in
            let visit = try context.pageVisit()
            let sent = request.uri.queryParameters["sent"] != nil
            return visit.page(sent ? Self.sent : mail == nil ? Self.noMail : Self.form(visit.forms))
        }
        router.post(Post.forgot) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            guard let mail else { return visit.page(Self.noMail) }
            try await mail.request(email: form["email"] ?? "", from: context.remoteAddress)
            // A redirect, so a reload asks nothing again; the same one whatever the address.
            return visit.redirect(to: Self.route + "?sent=1")
        }
    }

    private static func form(_ forms: Forms) -> HTML {
        """
        <h1>\(say("common.forgot.title"))</h1>
        <p>\(say("common.forgot.lead"))</p>
        \(forms.post(Post.forgot(), """
            <label>\(say("common.account.email")) <input name="email" type="email" autocomplete="email" required></label>
            <button id="send-reset-link">\(say("common.forgot.send"))</button>
            """))
        <p class="note">\(say("common.forgot.privateNote"))</p>
        """
    }

    private static var sent: HTML {
        """
        <h1>\(say("common.mail.lookTitle"))</h1>
        <p>\(say("common.forgot.sent"))</p>
        <p><a href="/login">\(say("common.nav.backToLogIn"))</a></p>
        """
    }

    private static var noMail: HTML {
        """
        <h1>\(say("common.forgot.title"))</h1>
        <p>\(HTML.say("common.forgot.noMail", ["command": "<code>trellis account reset-password</code>"]))</p>
        <p><a href="/login">\(say("common.nav.backToLogIn"))</a></p>
        """
    }
}
