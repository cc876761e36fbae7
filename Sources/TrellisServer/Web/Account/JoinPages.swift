import Hummingbird
import TrellisLanguage

/// Following an invite link: sign up or log in first if needed, then join with one button.
struct JoinPages {
    let invites: InviteService

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get("/join/{code}") { request, context in
            let visit = try context.pageVisit()
            let code = try context.parameters.require("code")
            do {
                let inviter = try await invites.inviter(of: code)
                return visit.page(Self.joinView(visit, code: code, inviter: inviter))
            } catch let error as TrellisError {
                return visit.page(Self.refusedView(error), status: error.status)
            }
        }
        router.post(Post.join) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let code = try form.require("code")
            guard let account = context.identity else { return visit.redirect(to: .logIn(next: "/join/\(code)")) }
            do {
                _ = try await invites.accept(code, by: account)
                return visit.redirect(to: .home())
            } catch let error as TrellisError {
                return visit.page(Self.refusedView(error), status: error.status)
            }
        }
    }

    private static func joinView(_ visit: WebVisit, code: String, inviter: String) -> HTML {
        let heading: HTML = "<h1>\(say("common.join.title", ["name": inviter]))</h1>"
        guard visit.account != nil else {
            let next = "/join/\(code)"
            return """
                \(heading)
                <p>\(say("common.join.lead"))</p>
                <p class="actions"><a class="button" id="signup-to-join" href="\(Page.signUp(next: next))">\
                \(say("common.join.createAccount"))</a>
                <a id="login-to-join" href="\(Page.logIn(next: next))">\(say("common.account.haveAccount"))</a></p>
                """
        }
        let button: HTML = #"<button id="join-couple">\#(say("common.join.button", ["name": inviter]))</button>"#
        let join = visit.forms.post(Post.join(), "\(Forms.hidden("code", code))\(button)")
        return """
            \(heading)
            <p>\(say("common.join.explain"))</p>
            \(join)
            """
    }

    private static func refusedView(_ error: TrellisError) -> HTML {
        """
        <h1>\(say("common.join.refusedTitle"))</h1>
        \(HTMLPage.errorBanner(error))
        <p><a href="\(Page.home())">\(say("common.nav.goHome"))</a></p>
        """
    }
}
