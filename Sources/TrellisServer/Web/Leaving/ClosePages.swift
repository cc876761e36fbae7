import Hummingbird
import TrellisCore

/// Closing an account: one page that says plainly, once, what it does and that it cannot be
/// undone, asks for the password, and offers the export first.
struct ClosePages {
    let changes: AccountChanges

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.closeAccount.route) { _, context in
            let visit = try context.pageVisit()
            return visit.page(Self.view(visit.forms, error: nil))
        }
        router.post(Post.closeAccount) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            do {
                try await changes.close(try context.caller(), password: form["password"] ?? "")
            } catch let error as TrellisError {
                var response = visit.page(Self.view(visit.forms, error: error), status: error.status)
                if let retryAfter = error.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
                return response
            }
            return visit.redirectClearingSession(to: Self.closed)
        }
    }

    /// The page after closing, for a browser that no longer has a session.
    static func registerClosed(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(RouterPath(Self.closed)) { _, context in
            try context.pageVisit().page(
                """
                <h1>Your account is closed</h1>
                <p>Your account, your email and everything you kept private are gone for good.</p>
                <p><a class="button" href="\(Page.welcome)">Back to the start</a></p>
                """)
        }
    }

    static let closed = "/closed"

    static func view(_ forms: Forms, error: TrellisError?) -> HTML {
        let refusal = Refusal(error: error, fields: ["password"])
        let form = forms.post(
            Post.closeAccount(),
            """
            <label>Your password <input name="password" type="password" autocomplete="current-password" required\
            \(refusal.marks("password"))>\(refusal.note("password"))</label>
            <button id="confirm-close" class="quiet">Close my account for good</button>
            """)
        return """
            <h1>Close your account?</h1>
            <p>This destroys your account, your email and name, and everything you kept private here: \
            nobody, including whoever runs this Trellis, can read those again. What you shared stays with \
            your partner, under "\(Member.formerPartnerName)". This cannot be undone.</p>
            <p>To keep a copy, <a href="\(ExportPages.document)">read or save everything</a> first.</p>
            \(refusal.banner)
            \(form)
            <p><a id="keep-account" class="button" href="\(Page.settings())">Keep my account</a></p>
            """
    }
}
