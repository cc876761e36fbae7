import Foundation
import HummingbirdTesting
import Testing
import TrellisCore

@testable import TrellisServer

/// One partner often begins alone: the private practices work in full before a partner joins and
/// after one leaves, a short guide says what to expect, and nothing written alone reaches the
/// partner who joins unless it is shared.
@Suite("Starting alone")
struct StartingAloneTests {
    @Test func whatIsWrittenAloneStaysAloneWhenAPartnerJoins() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = try await client.signUp("Alice")
            let couple = try await client.startCouple(alice)
            let base = "/api/v1/couples/\(couple)"
            let today = Day(server.clock.now())
            for (path, body) in [
                ("journal", ["text": "Quokka: I am doing this alone for now"] as [String: Any]),
                ("noticings", ["what": "Quokka: he made coffee", "shared": false]),
                ("urges", ["kind": "phone", "actedOn": false, "trigger": "Quokka: a late message"]),
                ("signs", ["levels": ["scan": 3, "body": 2, "traps": 1, "shame": 2], "note": "Quokka: a hard day"]),
                ("hard-dates", ["what": "Quokka: the day it came out", "day": today.adding(days: 3).description]),
            ] {
                let written = try await client.api(.post, "\(base)/\(path)", token: alice.token, json: body)
                #expect(written.status == .created, "\(path) works alone")
            }
            let hers = TestBrowser(client)
            _ = try await hers.post("/login", ["email": "alice@example.org", "password": "a long enough password"])
            let home = try await hers.get("/home").html
            #expect(home.contains(#"id="alone-guide" href="/help/alone""#) && home.contains(#"id="nav-hard-dates""#))
            #expect(home.contains("A hard day is close"), "home's moment to get ready needs no partner")

            let bob = try await client.signUp("Bob")
            let invite = try await client.api(.post, "\(base)/invites", token: alice.token)
            let code = try #require(invite["code"] as? String)
            #expect(
                try await client.api(.post, "/api/v1/invites/accept", token: bob.token, json: ["code": code]).status
                    == .ok)
            try await HardDatesAPITests.expectNothingReaches(bob, of: ["Quokka"], client, server, couple)
            let his = TestBrowser(client)
            _ = try await his.post("/login", ["email": "bob@example.org", "password": "a long enough password"])
            for page in ["/home", "/integrity", "/signs", "/urges", "/hard-dates", "/trust"] {
                #expect(!(try await his.get(page).html.contains("Quokka")), "\(page)")
            }

            // After he leaves, her practices go on, and home points her to the guide.
            #expect(try await client.api(.post, "\(base)/leave", token: bob.token).status == .ok)
            let later = try await client.api(
                .post, "\(base)/hard-dates", token: alice.token,
                json: ["what": "The day he left", "day": today.description, "yearly": true])
            #expect(later.status == .created)
            #expect(try await hers.get("/home").html.contains(#"id="alone-guide""#))
        }
    }

    @Test func theGuideIsOpenToAnyone() async throws {
        let server = try TestServer()
        try await server.run { client in
            let page = try await TestBrowser(client).get(AloneGuidePage.path)
            #expect(page.status == .ok && page.html.contains("When only I am trying"))
        }
    }
}
