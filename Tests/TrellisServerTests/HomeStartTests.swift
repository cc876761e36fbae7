import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

/// Home as a new couple meets it: before a partner joins, the invite and what works alone; once
/// paired, where each begins, in one sentence written for where they stand; four ways in in sight.
@Suite("Where to begin, on home")
struct HomeStartTests {
    @Test func beforeAPartnerJoinsOnlyWhatWorksAloneIsOffered() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = TestBrowser(client)
            _ = try await WebPageTests.signUp(alice, "Alice")
            _ = try await alice.post("/couple")
            let home = try await alice.get("/home").html
            #expect(home.contains("While you wait, for yourself"))
            for door in ["nav-integrity", "nav-signs", "nav-urges"] { #expect(home.contains(#"id="\#(door)""#)) }
            for door in ["nav-repair", "nav-grants", "nav-window"] { #expect(!home.contains(#"id="\#(door)""#)) }
            #expect(!home.contains(#"id="areas""#), "the areas are in settings")
        }
    }

    @Test func eachPartnerIsToldWhereToBeginUntilTheyTakeAStep() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let hers = try await alice.get("/home").html
            #expect(hers.contains(#"id="start-here""#) && hers.contains("Tell Bob which one"))
            #expect(try await bob.get("/home").html.contains("Tell Alice which one"))
            // Four ways in in sight; the rest behind one tap.
            let doors = try #require(hers.range(of: #"<nav id="doors""#)).upperBound
            let more = try #require(hers.range(of: #"<details id="more-doors">"#)).lowerBound
            #expect(hers[doors..<more].matches(of: /class="button"/).count == 4)

            let honesty = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post(
                "/repair/actions", ["area": honesty, "what": "Text me when you leave work", "cadence": "daily"])
            #expect(!(try await alice.get("/home").html.contains(#"id="start-here""#)), "she has begun")
            #expect(try await bob.get("/home").html.contains("Start with what waits for you"))
        }
    }
}
