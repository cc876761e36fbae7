import Foundation
import HummingbirdTesting
import Testing
import TrellisCore

@testable import TrellisServer

/// The weekly check-in through /api/v1 and on the web: the first turn reaches the partner in no
/// answer until the second is written, then both open to both; only "I heard you" or thanks back.
@Suite("The weekly check-in through /api/v1 and the page")
struct TalkAPITests {
    @Test func turnsOpenTogetherAndNoAnswerGivesOneAway() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)/check-in"
            let proposed = try await client.api(
                .put, "\(base)/rhythm", token: alice.token, json: ["weekday": "sunday", "time": "20:00"])
            #expect(proposed.status == .ok)
            let early = try await client.api(.post, "\(base)/turns", token: alice.token, json: ["feel": "x"])
            #expect(early.status == .conflict && early.errorCode == "not_agreed")
            #expect(try await client.api(.post, "\(base)/rhythm/agree", token: bob.token, json: [:]).status == .ok)

            let written = try await client.api(
                .post, "\(base)/turns", token: alice.token,
                json: ["feel": "Quokka: tired but hopeful", "need": "A slow Sunday"])
            #expect(written.status == .ok)
            let bobs = try await client.api(.get, base, token: bob.token)
            let week = try #require((bobs["weeks"] as? [[String: Any]])?.first)
            let hers = try #require(week["partners"] as? [String: Any])
            #expect(hers["parts"] is NSNull && hers["opened"] as? Bool == false)
            try await HardDatesAPITests.expectNothingReaches(bob, of: ["Quokka"], client, server, couple)
            let empty = try await client.api(.post, "\(base)/turns", token: bob.token, json: ["mood": "x"])
            #expect(empty.status == .unprocessableContent && empty.errorCode == "invalid_feel", "no part written")

            let both = try await client.api(
                .post, "\(base)/turns", token: bob.token, json: ["appreciate": "Narwhal: you listened"])
            #expect(both.status == .ok)
            let opened = try #require((both["weeks"] as? [[String: Any]])?.first)
            #expect(
                ((opened["partners"] as? [String: Any])?["parts"] as? [String: String])?["feel"]
                    == "Quokka: tired but hopeful")
            let hersNow = try #require(
                (try await client.api(.get, base, token: alice.token)["weeks"] as? [[String: Any]])?.first)
            #expect(
                ((hersNow["partners"] as? [String: Any])?["parts"] as? [String: String])?["appreciate"]
                    == "Narwhal: you listened")

            let monday = try #require(opened["week"] as? String)
            let heard = try await client.api(
                .post, "\(base)/turns/\(monday)/answer", token: bob.token, json: ["answer": "heard"])
            #expect(heard.status == .ok)
            let again = try await client.api(
                .post, "\(base)/turns/\(monday)/answer", token: bob.token, json: ["answer": "thanks"])
            #expect(again.status == .conflict && again.errorCode == "already_answered")

            // On the web: both turns side by side; she may say she heard his.
            let browser = TestBrowser(client)
            _ = try await browser.post("/login", ["email": "alice@example.org", "password": "a long enough password"])
            let page = try await browser.get("/check-in").html
            #expect(page.contains("Narwhal: you listened") && page.contains("Bob heard you."))
            #expect(page.contains(#"class="heard""#) && page.contains("Sundays at 20:00"))
            let said = try await browser.post("/check-in/answer", ["week": monday, "answer": "thanks"])
            #expect(said.location == Page.talk(done: .turnAnswered).description)
        }
    }

    @Test func onThePageTheFirstTurnWaitsUnseenAndTheSecondOpensBoth() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            _ = try await alice.post("/check-in/propose", ["weekday": "7", "time": "20:00"])
            #expect(try await bob.get("/home").html.contains("Alice proposes a weekly check-in on Sundays at 20:00"))
            _ = try await bob.post("/check-in/agree", [:])
            let kept = try await alice.post("/check-in/turn", ["feel": "Quokka", "need": ""])
            #expect(kept.location == Page.talk(done: .turnKept).description)
            #expect(!(try await bob.get("/check-in").html.contains("Quokka")))
            #expect(try await bob.get("/home").html.contains("Alice wrote their turn"))
            let opened = try await bob.post("/check-in/turn", ["own": "Narwhal"])
            #expect(opened.location == Page.talk(done: .turnsOpened).description)
            #expect(try await bob.get("/check-in").html.contains("Quokka"))
            #expect(try await alice.get("/check-in").html.contains("Narwhal"))
        }
    }
}
