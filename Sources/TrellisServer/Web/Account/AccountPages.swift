import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Welcome, sign-up, log-in and log-out pages.
struct AccountPages {
    let accounts: AccountService

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get("/") { request, context in
            let visit = try context.pageVisit()
            if visit.account != nil { return visit.redirect(to: Page.home()) }
            return visit.page(Self.welcome)
        }
        router.get(Page.signUp().route) { request, context in
            let visit = try context.pageVisit()
            return visit.page(Self.signupForm(visit, next: Self.next(request), error: nil))
        }
        router.post(Post.signUp) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let next = Self.safeNext(form["next"])
            do {
                let (account, session) = try await accounts.signUp(
                    email: form.require("email"), password: form.require("password"), name: form.require("name"),
                    timeZone: form["timeZone"], from: visit.arrival(request, context: context))
                return Self.continuing(visit, as: account, to: next, opening: session)
            } catch let error as TrellisError {
                return visit.page(
                    Self.signupForm(visit, next: next, error: error, typed: form), status: error.status)
            }
        }
        router.get(Page.logIn().route) { request, context in
            let visit = try context.pageVisit()
            return visit.page(Self.loginForm(visit, next: Self.next(request), error: nil))
        }
        router.post(Post.logIn) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let next = Self.safeNext(form["next"])
            do {
                let (account, session) = try await accounts.logIn(
                    email: form.require("email"), password: form.require("password"),
                    from: visit.arrival(request, context: context))
                return Self.continuing(visit, as: account, to: next, opening: session)
            } catch let error as TrellisError {
                let offer = error.code == "too_many_attempts" && accounts.sendsMail
                var response = visit.page(
                    Self.loginForm(visit, next: next, error: error, typed: form, offersDeviceLink: offer),
                    status: error.status)
                if let retryAfter = error.retryAfter { response.headers[.retryAfter] = String(retryAfter) }
                return response
            }
        }
        router.post(Post.logOut) { _, request, context in
            let visit = try context.pageVisit()
            _ = try await visit.form(request)
            if let token = visit.sessionToken { try await accounts.logOut(token: token) }
            return visit.redirectClearingSession(to: "/")
        }
    }

    /// On to `next`, or first to the recovery code when the session made one: a page of its own
    /// after a redirect, so a reload shows the code again and never sends the form twice.
    private static func continuing(
        _ visit: WebVisit, as account: Account, to next: String, opening session: IssuedSession
    ) -> Response {
        guard let code = session.recoveryCode else { return visit.redirect(to: next, opening: session) }
        return visit.opening(session, visit.showing(code, for: session.token, then: next))
    }

    private static func next(_ request: Request) -> String {
        safeNext(request.uri.queryParameters["next"].map(String.init))
    }

    /// Only the places a person is sent back to after logging in: their own pages, or the invite they opened.
    /// An allowlist, because browsers forgive too much ("/\t/evil" becomes "//evil").
    static func safeNext(_ next: String?) -> String {
        guard let next else { return Page.home().description }
        let codeCharacters = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")
        if next.hasPrefix("/join/"), next.count > 6, next.dropFirst(6).allSatisfy(codeCharacters.contains) {
            return next
        }
        let pages: [Page] = [.home(), .integrity(), .settings(), .grants(), .expectations(), .privateEntries()]
        return pages.map(\.description).contains(next) || RepairScreen(path: next) != nil || FearsPages.isScreen(next)
            ? next : Page.home().description
    }

    private static var welcome: HTML {
        """
        <h1>\(say("common.welcome.title"))</h1>
        <p>\(say("common.welcome.lead"))</p>
        <p class="actions"><a class="button" href="\(Page.signUp())">\(say("common.account.createAccount"))</a> \
        <a href="\(Page.logIn())">\(say("common.account.haveAccount"))</a></p>
        """
    }

    private static func signupForm(
        _ visit: WebVisit, next: String, error: TrellisError?, typed: FormFields? = nil
    ) -> HTML {
        let refusal = Refusal(error: error, fields: ["name", "email", "password", "timeZone"])
        let zone = typed?["timeZone"] ?? MemberSettings.standard.timeZone
        let form = visit.forms.post(
            Post.signUp(),
            """
            \(Forms.hidden("next", next))
            <label>\(say("common.signup.name")) <input name="name" autocomplete="name" required \
            maxlength="\(CredentialRules.maximumNameLength)" value="\(typed?["name"] ?? "")"\(refusal.marks("name"))>\
            \(refusal.note("name"))</label>
            <label>\(say("common.account.email")) <input name="email" type="email" autocomplete="email" required \
            value="\(typed?["email"] ?? "")"\(refusal.marks("email"))>\(refusal.note("email"))</label>
            <label>\(say("common.signup.password", count: PasswordPolicy.minimumLength)) \
            <input name="password" type="password" autocomplete="new-password" required \
            minlength="\(PasswordPolicy.minimumLength)" maxlength="\(PasswordPolicy.maximumLength)"\
            \(refusal.marks("password"))>\(refusal.note("password"))</label>
            <label>\(say("common.signup.timeZone")) \
            \(TimeZonePicker.select(id: "time-zone", selected: zone, guess: typed == nil))\(refusal.note("timeZone"))</label>
            <button id="signup-submit">\(say("common.signup.submit"))</button>
            """)
        let logIn: HTML = #"<a href="\#(Page.logIn(next: next))">\#(say("common.account.logIn"))</a>"#
        return """
            <h1>\(say("common.signup.title"))</h1>
            \(refusal.banner)
            \(form)
            <p>\(HTML.say("common.signup.haveOne", ["link": logIn]))</p>
            <p class="note" id="quick-exit-note">\(say("common.signup.quickExitNote")) \
            <a href="\(PrivacyHelpPage.path)">\(say("common.signup.privacyLink"))</a></p>
            """
    }

    private static func loginForm(
        _ visit: WebVisit, next: String, error: TrellisError?, typed: FormFields? = nil, offersDeviceLink: Bool = false
    ) -> HTML {
        let form = visit.forms.post(
            Post.logIn(),
            """
            \(Forms.hidden("next", next))
            <label>\(say("common.account.email")) <input name="email" type="email" autocomplete="email" required \
            value="\(typed?["email"] ?? "")"></label>
            <label>\(say("common.account.password")) <input name="password" type="password" \
            autocomplete="current-password" required></label>
            <button id="login-submit">\(say("common.account.logIn"))</button>
            """)
        let signUp: HTML = #"<a href="\#(Page.signUp(next: next))">\#(say("common.account.createAccount"))</a>"#
        return """
            <h1>\(say("common.login.title"))</h1>
            \(HTMLPage.errorBanner(error))
            \(offersDeviceLink ? DeviceLinkPages.offer(visit.forms, email: typed?["email"] ?? "") : .empty)
            \(form)
            <p><a id="forgot-password" href="\(ForgotPages.route)">\(say("common.forgot.title"))</a></p>
            <p>\(HTML.say("common.login.newHere", ["link": signUp]))</p>
            """
    }
}
