import Hummingbird

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
        <h1>Forgot your password?</h1>
        <p>Give the email you signed up with. If an account uses it, a link to set a new password \
        goes there; it works once, within a day, and logs out every device signed in as you.</p>
        \(forms.post(Post.forgot(), """
            <label>Email <input name="email" type="email" autocomplete="email" required></label>
            <button id="send-reset-link">Send me a link</button>
            """))
        <p class="note">What you keep private stays locked after a new password until you enter your \
        recovery code; your partner's words and what you shared are not affected.</p>
        """
    }

    private static let sent: HTML = """
        <h1>Look in your email</h1>
        <p>If an account uses that address, a link to set a new password is on its way. It works once, \
        within a day. Nothing arrived? Look in spam, or ask again in a while.</p>
        <p><a href="/login">Back to log in</a></p>
        """

    private static let noMail: HTML = """
        <h1>Forgot your password?</h1>
        <p>This Trellis sends no email. Ask whoever runs it for a link to set a new password (they make \
        one with <code>trellis account reset-password</code>); it works once, within a day.</p>
        <p><a href="/login">Back to log in</a></p>
        """
}
