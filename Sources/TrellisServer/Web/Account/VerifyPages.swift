import Hummingbird
import TrellisLanguage

/// The link that proves an address: a page with one button (a mail scanner opening the link
/// confirms nothing), then the answer.
struct VerifyPages {
    let checks: EmailChecks

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get("/verify/{token}") { _, context in
            let visit = try context.pageVisit()
            let token = try context.parameters.require("token")
            let button: HTML = #"<button id="confirm-address">\#(say("common.verify.button"))</button>"#
            return visit.page(
                """
                <h1>\(say("common.verify.title"))</h1>
                <p>\(say("common.verify.lead"))</p>
                \(visit.forms.post(Post.verify(LinkToken(token)), button))
                """)
        }
        router.post(Post.verify) { token, request, context in
            let visit = try context.pageVisit()
            _ = try await visit.form(request)
            guard try await checks.complete(token.text) else {
                return visit.page(
                    """
                    <h1>\(say("common.link.goneTitle"))</h1>
                    <p>\(say("common.verify.gone"))</p>
                    """, status: .gone)
            }
            return visit.page(
                """
                <h1 id="address-confirmed">\(say("common.verify.confirmedTitle"))</h1>
                <p>\(say("common.verify.thanks")) <a href="\(Page.home())">\(say("common.verify.onToTrellis"))</a></p>
                """)
        }
    }
}
