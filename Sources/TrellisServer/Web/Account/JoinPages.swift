import Hummingbird

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
        let heading: HTML = "<h1>\(inviter) invited you to Trellis</h1>"
        guard visit.account != nil else {
            let next = "/join/\(code)"
            return """
                \(heading)
                <p>Trellis is a private space for the two of you. Create your own account (or log in) to join.</p>
                <p class="actions"><a class="button" id="signup-to-join" href="\(Page.signUp(next: next))">Create my account</a>
                <a id="login-to-join" href="\(Page.logIn(next: next))">I have an account</a></p>
                """
        }
        let join = visit.forms.post(
            Post.join(), "\(Forms.hidden("code", code))<button id=\"join-couple\">Join \(inviter)</button>")
        return """
            \(heading)
            <p>Joining makes the two of you a couple here. What each of you keeps private stays private.</p>
            \(join)
            """
    }

    private static func refusedView(_ error: TrellisError) -> HTML {
        """
        <h1>This invite cannot be used</h1>
        \(HTMLPage.errorBanner(error))
        <p><a href="\(Page.home())">Go to your home page</a></p>
        """
    }
}
