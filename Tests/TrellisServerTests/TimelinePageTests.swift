import Foundation
import HummingbirdTesting
import Testing
import TrellisCore

@testable import TrellisServer

/// Our timeline through /api/v1 and on the web: the same moments, private ones only on their
/// author's copy.
@Suite("Our timeline through /api/v1 and the page")
struct TimelinePageTests {
    @Test func eachPartnerSeesTheSharedMomentsAndOnlyTheirOwnPrivateOnes() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let area = try #require(
                (try await client.api(.get, base, token: alice.token)["areas"] as? [[String: Any]])?.first?["id"]
                    as? String)
            _ = try await client.api(.put, "\(base)/areas/\(area)/switch", token: alice.token, json: ["on": false])
            _ = try await client.api(
                .post, "\(base)/areas/\(area)/hurts", token: alice.token,
                json: ["what": "Quokka", "help": "Tell me", "private": true])

            let hers = try #require(
                try await client.api(.get, "\(base)/timeline", token: alice.token)["moments"] as? [[String: Any]])
            #expect(hers.map { $0["kind"] as? String } == ["hurtWritten", "trustOff"])
            #expect(hers.map { $0["private"] as? Bool } == [true, false])
            let his = try #require(
                try await client.api(.get, "\(base)/timeline", token: bob.token)["moments"] as? [[String: Any]])
            #expect(his.map { $0["kind"] as? String } == ["trustOff"] && his.first?["byMe"] as? Bool == false)

            let browser = TestBrowser(client)
            _ = try await browser.post("/login", ["email": "alice@example.org", "password": "a long enough password"])
            let page = try await browser.get("/timeline").html
            #expect(page.contains("You wrote down what hurt in Honesty") && page.contains("(for you alone)"))
            #expect(page.contains("You turned trust off in Honesty") && page.contains("How long it takes"))
            let bobs = TestBrowser(client)
            _ = try await bobs.post("/login", ["email": "bob@example.org", "password": "a long enough password"])
            let hisPage = try await bobs.get("/timeline").html
            #expect(hisPage.contains("Alice turned trust off in Honesty"))
            #expect(!hisPage.contains("wrote down what hurt") && !hisPage.contains("for you alone"))
        }
    }
}
