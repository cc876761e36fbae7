import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

/// News reaches the person it concerns: each step one partner takes shows on the other's home, by
/// name and day, one tap from where it happened, new until opened; nothing private ever does.
@Suite("What happened, on home")
struct NewsPageTests {
    @Test func anAnswerReachesTheAskersHomeNewUntilOpened() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post("/repair/areas/\(honesty)/switch", ["on": "false"])
            _ = try await bob.post("/repair/areas/\(honesty)/questions", ["kind": "whatHappened"])
            let question = try #require(
                try await alice.get("/home").html.firstMatch(of: /action="(\/repair\/questions\/[0-9a-f-]+\/answer)"/)?
                    .1)
            _ = try await alice.post(String(question), ["answer": "The card statement", "back": "/home"])

            let home = try await bob.get("/home").html
            let item = try #require(
                home.firstMatch(
                    of:
                        /<li class="news-item unseen"><span class="new-mark">New<\/span> <a href="(\/news\/\d+)">Alice answered your question about Honesty<\/a> <span class="note">Today<\/span><\/li>/
                )?.1)
            #expect(home.contains("Alice’s trust about Honesty is off now"))
            let opened = try await bob.get(String(item))
            #expect(opened.location == "/repair/areas/\(honesty)")
            let after = try await bob.get("/home").html
            #expect(after.contains(#"<li class="news-item"><a href="\#(item)">Alice answered"#), "no longer new")

            // Quiet after a few days: still there, never marked new.
            server.clock.advance(by: 4 * 24 * 3600)
            #expect(try await bob.get("/home").html.contains(#"<li class="news-item quiet">"#))
            #expect(try await alice.get("/home").html.contains("Bob asks about Honesty: What happened?"))
        }
    }

    @Test func aPrivateEntryChangesNothingInThePartnersHome() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            _ = try await alice.post("/integrity/noticings", ["what": "Shared-Kiwi", "shared": "yes"])
            let before = try await bob.get("/home").html
            #expect(before.contains("Alice shared an appreciation"))
            _ = try await alice.post("/integrity/journal", ["text": "Private-Lime"])
            _ = try await alice.post("/integrity/noticings", ["what": "Private-Mango", "shared": "no"])
            _ = try await alice.post("/ruptures/record", ["what": "Private-Plum", "felt": "x", "area": ""])
            #expect(try await bob.get("/home").html == before, "byte for byte")
            #expect(try await bob.get("/news").html.contains("Alice shared an appreciation"))
        }
    }

    @Test func leavingIsNewsWithWhatStays() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            _ = try await bob.post("/couple/leave", ["confirm": "yes"])
            #expect(
                try await alice.get("/home").html.contains("Bob left the couple. Everything you shared is still here."))
        }
    }
}
