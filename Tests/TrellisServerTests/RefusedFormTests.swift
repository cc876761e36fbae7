import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

/// A refusal keeps its promise: it stays on the page the form was on, with what was typed still
/// in the form ("What you wrote is kept below").
@Suite("A refused form stays where it was, words kept")
struct RefusedFormTests {
    static let tooLong = String(repeating: "w", count: 2001)

    @Test func aRefusedNoticingKeepsItsWord() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post(
                "/repair/actions", ["area": honesty, "what": "Text me when you leave work", "cadence": "daily"])
            let id = try #require(
                try await bob.get("/repair/asked-of-me").html.firstMatch(of: /\/repair\/actions\/([0-9a-f-]+)\/accept/)?
                    .1)
            _ = try await bob.post("/repair/actions/\(id)/accept")
            let day = try #require(
                try await bob.get("/repair/asked-of-me").html.firstMatch(of: /occurrences\/(\d{4}-\d\d-\d\d)\/done/)?.1)
            _ = try await bob.post("/repair/actions/\(id)/occurrences/\(day)/done")
            let refused = try await alice.post(
                "/repair/actions/\(id)/occurrences/\(day)/acknowledge", ["word": Self.tooLong, "back": "/repair/asked"])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.html.contains(#"name="word" value="\#(Self.tooLong)""#), "the word is kept in its box")
        }
    }

    @Test func aWrongInviteCodeOnHomeIsRefusedOnHomeWithTheCodeKept() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = TestBrowser(client)
            _ = try await WebPageTests.signUp(sam, "Sam")
            let refused = try await sam.post("/couple/join", ["code": "NOT-A-REAL-CODE"])
            #expect(refused.status.code >= 400 && refused.location == nil)
            #expect(refused.html.contains("Join your partner"), "still on home")
            #expect(refused.html.contains(#"value="NOT-A-REAL-CODE""#))
        }
    }

    @Test func aRefusedAnswerTypedOnHomeStaysOnHome() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post("/repair/areas/\(honesty)/switch", ["on": "false"])
            _ = try await bob.post("/repair/areas/\(honesty)/questions", ["kind": "whatHappened"])
            let question = try #require(
                try await alice.get("/home").html.firstMatch(of: /action="(\/repair\/questions\/[0-9a-f-]+\/answer)"/)?
                    .1)
            let refused = try await alice.post(String(question), ["answer": Self.tooLong, "back": "/home"])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.html.contains(#"class="waiting-item question"#), "still on home, the question with it")
            #expect(refused.html.contains(">\(Self.tooLong)</textarea>"), "the answer is kept")
        }
    }
}
