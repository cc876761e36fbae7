import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

/// Sharing something private cannot be undone, so on every page it asks first: "Share this with
/// Bob? Bob can read it from now on." A check-in on the signs, a window reflection and a private
/// rupture were once shared in one tap.
@Suite("Sharing asks first")
struct SharingPageTests {
    /// The share link in `page`, its confirmation, a post without the confirmation (refused, Bob
    /// sees nothing), then with it (Bob sees `words` on `bobsPage`).
    static func sharesOnlyOnceConfirmed(
        _ alice: TestBrowser, _ bob: TestBrowser, page: String, link: Regex<(Substring, Substring)>, words: String,
        bobsPage: String
    ) async throws {
        let share = String(try #require(try await alice.get(page).html.firstMatch(of: link)?.1))
        let confirmation = try await alice.get(share).html
        #expect(confirmation.contains("Share this with Bob?"))
        #expect(confirmation.contains("Bob can read it from now on."))
        #expect(confirmation.contains(words), "the confirmation shows what would be shared")
        #expect(!(try await bob.get(bobsPage).html.contains(words)))
        let oneTap = try await alice.post(share, ["back": page])
        #expect(oneTap.status == .unprocessableContent || oneTap.status == .badRequest, "\(share): \(oneTap.status)")
        #expect(!(try await bob.get(bobsPage).html.contains(words)), "a refusal leaves it private")
        #expect(try await alice.post(share, ["confirm": "yes"]).status == .found)
        #expect(try await bob.get(bobsPage).html.contains(words))
    }

    @Test func aCheckInOnTheSignsAsksBeforeItIsShared() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            _ = try await alice.post(
                "/signs/check", ["scan": "3", "body": "1", "traps": "2", "shame": "4", "note": "Quince-evening"])
            try await Self.sharesOnlyOnceConfirmed(
                alice, bob, page: "/signs", link: /href="(\/signs\/[0-9a-f-]+\/share)"/, words: "Quince-evening",
                bobsPage: "/signs")
        }
    }

    @Test func aPrivateRuptureAsksBeforeItIsShared() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            _ = try await alice.post("/ruptures/record", ["what": "Saturday-plans", "felt": "Left out", "area": ""])
            try await Self.sharesOnlyOnceConfirmed(
                alice, bob, page: "/ruptures", link: /href="(\/ruptures\/[0-9a-f-]+\/share)"/, words: "Saturday-plans",
                bobsPage: "/ruptures")
        }
    }

    @Test func aPrivateWindowReflectionAsksBeforeItIsShared() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            _ = try await alice.post("/window/start", ["question": "What did you tell her?"])
            let join = try #require(
                try await bob.get("/window").html.firstMatch(of: /action="(\/window\/[0-9a-f-]+)\/join"/)?.1)
            _ = try await bob.post("\(join)/join")
            server.clock.advance(by: 700)
            _ = try await alice.get("/window")
            #expect(try await alice.post("\(join)/reflect", ["text": "Walrus-reflection"]).status == .found)
            try await Self.sharesOnlyOnceConfirmed(
                alice, bob, page: "/window", link: /href="(\/window\/[0-9a-f-]+\/share)"/, words: "Walrus-reflection",
                bobsPage: "/window")
        }
    }
}
