import Foundation
import HummingbirdTesting
import Testing
import TrellisMail
import TrellisServer
import TrellisStore

/// "Forgot my password" without the operator: the same answer whatever the address, a mail in the
/// outbox only for an account (written with the link, in one transaction), limited per address.
@Suite("Forgot my password")
struct ForgotPasswordTests {
    static let mail = MailSettings(
        smtp: try! SMTPConfiguration(url: "smtp://trellis:secret@127.0.0.1:1"), from: MailAddress("t@trellis.test"))

    @Test func theAnswerIsTheSameWhetherAnAccountHasTheAddress() async throws {
        let server = try TestServer(mail: Self.mail)
        try await server.run { client in
            _ = try await WebPageTests.signUp(TestBrowser(client), "Sam")
            let visitor = TestBrowser(client)
            #expect(try await visitor.get("/login").html.contains(#"href="/forgot""#))
            let known = try await visitor.post("/forgot", ["email": "Sam@Example.org"])
            let unknown = try await visitor.post("/forgot", ["email": "nobody@example.org"])
            #expect(known.status == unknown.status && known.location == unknown.location)
            #expect(known.location == "/forgot?sent=1")
            let resets = {
                try await server.storage.outbox(status: nil, limit: 20).filter { $0.kind == "passwordReset" }
            }
            #expect(try await resets().count == 1)
            // A few a window per address: more are answered the same, and send nothing.
            for _ in 0..<4 { _ = try await visitor.post("/forgot", ["email": "sam@example.org"]) }
            #expect(try await resets().count == 3)
        }
    }

    @Test func withoutMailThePageSaysWhoCanHelp() async throws {
        let server = try TestServer()
        try await server.run { client in
            let page = try await TestBrowser(client).get("/forgot").html
            #expect(page.contains("This Trellis sends no email"))
            #expect(!page.contains(#"id="send-reset-link""#))
        }
    }
}
