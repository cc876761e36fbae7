import Hummingbird

/// The link that proves an address: a page with one button (a mail scanner opening the link
/// confirms nothing), then the answer.
struct VerifyPages {
    let checks: EmailChecks

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get("/verify/{token}") { _, context in
            let visit = try context.pageVisit()
            let token = try context.parameters.require("token")
            return visit.page(
                """
                <h1>Confirm your address</h1>
                <p>One tap, and Trellis knows this address is yours.</p>
                \(visit.forms.post(Post.verify(LinkToken(token)), #"<button id="confirm-address">Confirm my address</button>"#))
                """)
        }
        router.post(Post.verify) { token, request, context in
            let visit = try context.pageVisit()
            _ = try await visit.form(request)
            guard try await checks.complete(token.text) else {
                return visit.page(
                    """
                    <h1>This link no longer works</h1>
                    <p>It has been used, or it is more than a day old. Your settings can send a new one.</p>
                    """, status: .gone)
            }
            return visit.page(
                """
                <h1 id="address-confirmed">Your address is confirmed</h1>
                <p>Thank you. <a href="\(Page.home())">On to Trellis</a></p>
                """)
        }
    }
}
