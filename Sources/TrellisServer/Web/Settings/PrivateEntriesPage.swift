import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// My private entries: who can read them (nobody but me), a new recovery code, and, after a
/// password reset, the place to enter the code that opens the entries from before it.
struct PrivateEntriesPage {
    let codes: RecoveryCodes

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.privateEntries().route) { request, context in
            let done = request.uri.queryParameters["done"].flatMap { StepConfirmation(rawValue: String($0)) }
            return try await page(try context.pageVisit(), done: done)
        }
        router.post(Post.renewPrivateKey) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            do {
                let code = try await codes.renew(for: try context.caller(), password: form["password"] ?? "")
                return visit.showing(code, for: visit.sessionToken ?? "", then: Page.privateEntries().description)
            } catch let error as TrellisError {
                return try await page(visit, error: error, status: error.status)
            }
        }
        router.post(Post.recoverPrivateKey) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            do {
                try await codes.recover(
                    for: try context.caller(), code: form["recoveryCode"] ?? "", password: form["password"] ?? "",
                    session: visit.sessionToken ?? "")
                return visit.redirect(to: .privateEntries(done: .recovered))
            } catch let error as TrellisError {
                return try await page(visit, error: error, status: error.status)
            }
        }
    }

    private func page(
        _ visit: WebVisit, done: StepConfirmation? = nil, error: TrellisError? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let account = visit.account else { throw TrellisError.notAuthenticated }
        let refusal = Refusal(error: error, fields: ["password", "recoveryCode"])
        let password: HTML = """
            <label>\(say("reach.privateEntries.passwordField")) <input name="password" type="password" autocomplete="current-password" required\
            \(refusal.marks("password"))>\(refusal.note("password"))</label>
            """
        let form: HTML
        if try await codes.status(of: account).awaitsRecovery {
            form = """
                <h2 id="sealed">\(say("reach.privateEntries.sealedTitle"))</h2>
                <p>\(say("reach.privateEntries.sealedIntro"))</p>
                \(visit.forms.post(Post.recoverPrivateKey(), """
                    <label>\(say("reach.privateEntries.codeField")) <input name="recoveryCode" autocomplete="off" autocapitalize="characters" \
                    spellcheck="false" required\(refusal.marks("recoveryCode"))>\(refusal.note("recoveryCode"))</label>
                    \(password)
                    <button id="recover">\(say("reach.privateEntries.recoverButton"))</button>
                    """))
                """
        } else {
            form = """
                <h2>\(say("reach.privateEntries.renewTitle"))</h2>
                <p>\(say("reach.privateEntries.renewIntro"))</p>
                \(visit.forms.post(Post.renewPrivateKey(), "\(password)<button id=\"renew-code\">\(say("reach.privateEntries.renewButton"))</button>"))
                """
        }
        let content: HTML = """
            <p><a href="\(Page.settings())">\(say("reach.settings.back"))</a></p>
            <h1>\(say("reach.privateEntries.title"))</h1>
            \(done?.html(partner: "") ?? .empty)
            \(refusal.banner)
            <p>\(say("reach.privateEntries.intro"))</p>
            \(form)
            """
        return visit.page(content, status: status)
    }
}
