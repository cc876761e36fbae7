import Hummingbird
import TrellisCore
import TrellisLanguage

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
                <h1>\(say("home.close.closedHeading"))</h1>
                <p>\(say("home.close.goneForGood"))</p>
                <p><a class="button" href="\(Page.welcome)">\(say("home.close.backToStart"))</a></p>
                """)
        }
    }

    static let closed = "/closed"

    static func view(_ forms: Forms, error: TrellisError?) -> HTML {
        let refusal = Refusal(error: error, fields: ["password"])
        let form = forms.post(
            Post.closeAccount(),
            """
            <label>\(say("home.close.passwordLabel")) <input name="password" type="password" autocomplete="current-password" required\
            \(refusal.marks("password"))>\(refusal.note("password"))</label>
            <button id="confirm-close" class="quiet">\(say("home.close.confirm"))</button>
            """)
        let save: HTML = #"<a href="\#(ExportPages.document)">\#(say("home.close.readOrSave"))</a>"#
        return """
            <h1>\(say("home.close.heading"))</h1>
            <p>\(say("home.close.whatItDoes", ["name": Member.formerPartnerName]))</p>
            <p>\(HTML.say("home.close.keepCopy", ["link": save]))</p>
            \(refusal.banner)
            \(form)
            <p><a id="keep-account" class="button" href="\(Page.settings())">\(say("home.close.keep"))</a></p>
            """
    }
}
