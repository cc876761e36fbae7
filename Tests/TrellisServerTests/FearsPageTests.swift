import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("The core fears pages")
struct FearsPageTests {
    /// Before the partner joins, a fear is kept and the page says revealing together comes later,
    /// with no button to press that could only be refused.
    @Test func revealingTogetherWaitsForThePartnerOnThePage() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = TestBrowser(client)
            _ = try await WebPageTests.signUp(alice, "Alice")
            #expect(try await alice.post("/couple").location == "/home")
            let overview = try await alice.get("/fears").html
            let marker = #"data-area-name="Money"><a href="/fears/areas/"#
            let start = try #require(overview.range(of: marker)).upperBound
            let money = String(overview[start...].prefix(36))
            let written = try await alice.post(
                "/fears/areas/\(money)/write",
                ["what": "Hidden debts", "why": "My father hid his", "back": "/fears/areas/\(money)"])
            #expect(written.location != nil)
            let page = try await alice.get("/fears/areas/\(money)").html
            #expect(page.contains("Hidden debts"))
            #expect(page.contains(#"id="together-after-joining""#) && !page.contains(#"id="reveal-together""#))
        }
    }
}
