import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The link in every nudge: one click (a mail client's POST, RFC 8058, or the button on the page)
/// pauses every reminder, without logging in. The signed link is the only key it needs.
struct UnsubscribePages {
    let storage: any TrellisStorage

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get("/unsubscribe/{token}") { _, context in
            let token = try context.parameters.require("token")
            guard let member = Unsubscribe.member(of: token, signer: storage) else { throw TrellisError.notFound }
            // Opened from a nudge, without logging in: in the language the nudge was written in.
            return try await inTheirLanguage(member) {
                HTMLPage.response(
                    HTMLPage.document(
                        content: """
                            <h1>\(say("reach.unsubscribe.title"))</h1>
                            <p>\(say("reach.unsubscribe.intro"))</p>
                            <form method="post" action="\(Post.unsubscribe(LinkToken(token)))"><button id="unsubscribe">\(say("reach.unsubscribe.button"))</button></form>
                            """, showsAccountBar: false))
            }
        }
        router.post(Post.unsubscribe) { token, _, _ in
            guard let member = Unsubscribe.member(of: token.text, signer: storage) else {
                throw TrellisError.notFound
            }
            var choice = try await storage.nudgePreferences(of: member)
            choice.paused = true
            try await storage.setNudgePreferences(choice, for: member)
            return try await inTheirLanguage(member) {
                HTMLPage.response(
                    HTMLPage.document(
                        content: """
                            <h1 id="unsubscribed">\(say("reach.unsubscribe.doneTitle"))</h1>
                            <p>\(say("reach.unsubscribe.doneIntro"))</p>
                            """, showsAccountBar: false))
            }
        }
    }

    private func inTheirLanguage(_ member: MemberID, _ page: () -> Response) async throws -> Response {
        let language = try await storage.account(id: member)?.language ?? Say.language
        return Say.$language.withValue(language, operation: page)
    }
}
