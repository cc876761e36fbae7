import Hummingbird
import TrellisCore
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
            <label>Your password <input name="password" type="password" autocomplete="current-password" required\
            \(refusal.marks("password"))>\(refusal.note("password"))</label>
            """
        let form: HTML
        if try await codes.status(of: account).awaitsRecovery {
            form = """
                <h2 id="sealed">Entries from before your password was reset</h2>
                <p>Your password was reset, so what you kept private before it is still locked. Enter \
                the recovery code you were given when you signed up to open it again.</p>
                \(visit.forms.post(Post.recoverPrivateKey(), """
                    <label>Recovery code <input name="recoveryCode" autocomplete="off" autocapitalize="characters" \
                    spellcheck="false" required\(refusal.marks("recoveryCode"))>\(refusal.note("recoveryCode"))</label>
                    \(password)
                    <button id="recover">Open my private entries</button>
                    """))
                """
        } else {
            form = """
                <h2>A new recovery code</h2>
                <p>If your code is lost, or someone may have seen it, make a new one. The old one stops \
                working at once.</p>
                \(visit.forms.post(Post.renewPrivateKey(), "\(password)<button id=\"renew-code\">Make a new code</button>"))
                """
        }
        let content: HTML = """
            <p><a href="\(Page.settings())">← My settings</a></p>
            <h1>My private entries</h1>
            \(done?.html(partner: "") ?? .empty)
            \(refusal.banner)
            <p>What you keep private is locked with a key only your password, your signed-in devices \
            and your recovery code open. Your partner cannot read it, and neither can whoever runs this \
            Trellis, even with the whole database.</p>
            \(form)
            """
        return visit.page(content, status: status)
    }
}
