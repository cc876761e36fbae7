import Foundation
import HummingbirdTesting
import Testing
import TrellisCore

@testable import TrellisServer

/// Then and now through /api/v1 and on the web: answered where trust is on, once a month, private
/// until shared, drawn as three lines, and never added up.
@Suite("Then and now through /api/v1 and the pages")
struct ThenAndNowAPITests {
    @Test func answersStayPrivateUntilSharedAndAreNeverAddedUp() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let area = try #require(
                (try await client.api(.get, base, token: alice.token)["areas"] as? [[String: Any]])?.first?["id"]
                    as? String)
            let answer: [String: Any] = [
                "predictability": "mostly", "dependability": "sometimes", "faith": "notYet", "words": "Quokka: better",
            ]
            let off = try await client.api(
                .post, "\(base)/areas/\(area)/then-and-now", token: alice.token, json: answer)
            #expect(off.status == .conflict && off.errorCode == "switch_not_on")
            _ = try await client.api(.put, "\(base)/areas/\(area)/switch", token: alice.token, json: ["on": true])
            let wrong = try await client.api(
                .post, "\(base)/areas/\(area)/then-and-now", token: alice.token,
                json: answer.merging(["faith": "7"]) { $1 })
            #expect(wrong.status == .unprocessableContent && wrong.errorCode == "invalid_faith")
            let kept = try await client.api(
                .post, "\(base)/areas/\(area)/then-and-now", token: alice.token, json: answer)
            #expect(kept.status == .created)
            let mine = try #require((kept["areas"] as? [[String: Any]])?.first?["mine"] as? [[String: Any]])
            #expect(mine.first?["predictability"] as? String == "mostly" && mine.first?["shared"] as? Bool == false)
            let again = try await client.api(
                .post, "\(base)/areas/\(area)/then-and-now", token: alice.token, json: answer)
            #expect(again.status == .conflict && again.errorCode == "once_a_month")
            try await HardDatesAPITests.expectNothingReaches(bob, of: ["Quokka"], client, server, couple)

            let id = try #require(mine.first?["id"] as? String)
            let shared = try await client.api(.post, "\(base)/then-and-now/\(id)/share", token: alice.token, json: [:])
            #expect(shared.status == .ok)
            let bobs = try await client.api(.get, "\(base)/then-and-now", token: bob.token)
            let theirs = try #require((bobs["areas"] as? [[String: Any]])?.first)
            #expect((theirs["partners"] as? [[String: Any]])?.first?["words"] as? String == "Quokka: better")
            #expect((theirs["mine"] as? [Any])?.isEmpty == true && theirs["switchOn"] as? Bool == false)
            let body = String(decoding: try JSONSerialization.data(withJSONObject: bobs.json), as: UTF8.self)
            for banned in ["score", "average", "total", "percent", "overall"] {
                #expect(!body.lowercased().contains(banned), "nothing is added up: \(banned)")
            }

            // On the web: Bob sees it beside his own, as three lines; Alice's page says she answered.
            let browser = TestBrowser(client)
            _ = try await browser.post("/login", ["email": "bob@example.org", "password": "a long enough password"])
            let page = try await browser.get("/then-and-now").html
            #expect(page.contains("Alice\u{2019}s trust in you, as they shared it"))
            #expect(page.matches(of: /<svg class="then-and-now"/).count == 3)
            #expect(page.matches(of: #/<circle /#).count == 3, "one month's answer, a dot on each line")
            #expect(!page.contains("&lt;circle"))
            #expect(page.contains("Predictability: ") && page.contains(": Mostly"))
            #expect(try await browser.get("/trust").html.contains(#"id="to-then-and-now""#))
        }
    }

    @Test func answeringOnThePageKeepsItPrivateUnlessShared() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let area = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post("/repair/areas/\(area)/switch", ["on": "true"])
            let form = try await alice.get("/then-and-now").html
            #expect(form.contains("Lately, does Bob do what they said they would?"))
            let answered = try await alice.post(
                "/then-and-now/areas/\(area)",
                ["predictability": "rarely", "dependability": "sometimes", "faith": "mostly", "words": "Narwhal"])
            #expect(answered.location == Page.thenAndNow(done: .answerKept).description)
            let after = try await alice.get("/then-and-now").html
            #expect(after.contains("You answered this month") && after.contains("Share my answers of"))
            #expect(!(try await bob.get("/then-and-now").html.contains("Narwhal")))
            let missing = try await alice.post("/then-and-now/areas/\(area)", ["predictability": "rarely"])
            #expect(missing.status == .unprocessableContent)
        }
    }
}
