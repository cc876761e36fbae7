import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

/// A recovery code just made waits on a page of its own, after a redirect: a reload shows it
/// again (it once said "Not saved yet" about an account that was made), only the session that
/// made it can open it, and it is gone once the member says they kept it.
@Suite("The recovery code page")
struct RecoveryCodePageTests {
    static func code(in html: String) -> String? {
        guard let match = html.firstMatch(of: /id="recovery-code">([A-Z0-9-]+)</) else { return nil }
        return String(match.1)
    }

    @Test func theCodeShowsOnEveryReloadUntilKeptThenNeverAgain() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = TestBrowser(client)
            let answer = try await WebPageTests.signUp(sam, "Sam")
            let page = try #require(answer.location)
            let first = try #require(Self.code(in: try await sam.get(page).html))
            #expect(Self.code(in: try await sam.get(page).html) == first, "a reload shows the same code")
            #expect(try await sam.get("/home").html.contains(#"id="code-waiting""#), "home says it waits")

            // Another session of the same member, with the cookie copied, opens nothing.
            let other = TestBrowser(client)
            _ = try await other.post(
                "/login", ["email": "sam@example.org", "password": "a long enough password", "next": "/home"])
            other.copyCookie("trellis_recovery_code", from: sam)
            #expect(try await other.get(page).location == "/home")

            #expect(try await sam.post("/recovery-code/kept", ["next": "/home"]).location == "/home")
            #expect(try await sam.get(page).location == "/home", "kept: never shown again")
            #expect(!(try await sam.get("/home").html.contains(#"id="code-waiting""#)))
        }
    }

    @Test func aNewCodeFromSettingsIsShownAfterARedirectSoAReloadMakesNoOther() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = TestBrowser(client)
            let signedUp = try #require(try await WebPageTests.signUp(sam, "Sam").location)
            let first = try #require(Self.code(in: try await sam.get(signedUp).html))
            _ = try await sam.post("/recovery-code/kept", ["next": "/home"])
            let renewed = try await sam.post("/settings/private/renew", ["password": "a long enough password"])
            #expect(renewed.location == "/recovery-code?next=/settings/private")
            let page = try #require(renewed.location)
            let code = try #require(Self.code(in: try await sam.get(page).html))
            #expect(code != first)
            #expect(Self.code(in: try await sam.get(page).html) == code)
        }
    }
}
