import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

/// What the lists of actions say, and what their forms start from.
@Suite("Clear actions as each partner reads them")
struct ActionWordingTests {
    /// Alice asks Bob for an action; returns its id and Bob's list as he sees it.
    static func ask(
        _ alice: TestBrowser, _ bob: TestBrowser, area: String, what: String, _ timing: [String: String]
    ) async throws -> (id: String, bobsList: String) {
        let areaID = try await WebPageTests.area(area, of: alice)
        var fields = timing
        fields["area"] = areaID
        fields["what"] = what
        _ = try await alice.post("/repair/actions", fields)
        let list = try await bob.get("/repair/asked-of-me").html
        let id = try #require(list.firstMatch(of: /\/repair\/actions\/([0-9a-f-]+)\/accept/)?.1)
        return (String(id), list)
    }

    /// "Propose other words" once started at "Every day" with no day ticked, so changing only the
    /// words changed when.
    @Test func proposingOtherWordsStartsFromTheActionsOwnTiming() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let (id, list) = try await Self.ask(
                alice, bob, area: "Money", what: "Show me the statements", ["cadence": "weekdays", "day": "sunday"])
            let start = try #require(list.range(of: #"action="/repair/actions/\#(id)/reword""#))
            let rest = list[start.lowerBound...]
            let reword = rest[..<(rest.range(of: "</form>")?.upperBound ?? rest.endIndex)]
            #expect(reword.contains(#"<option value="weekdays" selected>"#))
            #expect(reword.contains(#"value="sunday" checked"#))
            #expect(!reword.contains(#"value="monday" checked"#))
        }
    }

    /// "Done today" and "Missed today" were offered on an action for whenever a situation comes
    /// up, and the doer read "waiting for an answer" about a request that waited for them.
    @Test func eachListSaysWhoItWaitsOnItsAreaAndHowAWheneverActionIsReported() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let (id, list) = try await Self.ask(
                alice, bob, area: "Friendships", what: "Tell me before meeting your ex",
                ["cadence": "whenever", "situation": "you meet your ex"])
            #expect(list.contains(#"<span class="action-area">Friendships</span>"#), "a request says its area")
            #expect(list.contains(#"<span class="status">waiting for your answer</span>"#))
            let asked = try await alice.get("/repair/asked").html
            #expect(asked.contains(#"<span class="status">waiting for Bob’s answer</span>"#))

            _ = try await bob.post("/repair/actions/\(id)/accept")
            let agreed = try await bob.get("/repair/asked-of-me").html
            #expect(agreed.contains("It came up: I did it"))
            #expect(!agreed.contains("Done today") && !agreed.contains("Missed today"))
        }
    }
}
