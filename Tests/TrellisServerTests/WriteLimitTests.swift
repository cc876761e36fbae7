import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Per-session write limits")
struct WriteLimitTests {
    @Test func aMemberWritingFasterThanAnyPersonIsStoppedAndNothingIsWritten() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            server.clock.advance(by: 180)  // pairing was a few writes; start with a full bucket
            let notices = "/api/v1/couples/\(couple)/noticings"
            let body = ["what": String(repeating: "n", count: 400), "shared": true] as [String: Any]
            var statuses: [Int] = []
            for _ in 1...121 {
                statuses.append(try await client.api(.post, notices, token: alice.token, json: body).status.code)
            }
            // The whole burst of 120 went through; the next is refused with when to come back.
            #expect(statuses.prefix(120).allSatisfy { $0 == 201 })
            #expect(statuses.last == 429)
            let feed = try await client.api(.get, "/api/v1/couples/\(couple)/events", token: bob.token)
            let before = try #require(feed["seq"] as? Int)
            let refused = try await client.api(.post, notices, token: alice.token, json: body)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.errorCode == "too_many_writes")
            #expect(refused.headers[.retryAfter] == "1")
            #expect(
                try await client.api(.get, "/api/v1/couples/\(couple)/events", token: bob.token)["seq"] as? Int
                    == before)
            // Reading is never limited, and the partner's own writes are theirs to make.
            #expect(try await client.api(.get, "/api/v1/couples/\(couple)/integrity", token: alice.token).status == .ok)
            #expect(try await client.api(.post, notices, token: bob.token, json: body).status == .created)
            // A second later there is room for one more.
            server.clock.advance(by: 1)
            #expect(try await client.api(.post, notices, token: alice.token, json: body).status == .created)
            #expect(try await client.api(.post, notices, token: alice.token, json: body).status == .tooManyRequests)
        }
    }

    @Test func pagesAreLimitedTooAndSayWhenToComeBack() async throws {
        let server = try TestServer(writeLimit: WriteLimit(burst: 2, perMinute: 6))
        try await server.run { client in
            let browser = TestBrowser(client)
            _ = try await WebPageTests.signUp(browser, "Sam")
            for _ in 1...2 {
                #expect(
                    try await browser.post("/settings", ["timeZone": "UTC", "eveningHour": "20", "pauseSeconds": "30"])
                        .status == .found)
            }
            let refused = try await browser.post(
                "/settings", ["timeZone": "UTC", "eveningHour": "21", "pauseSeconds": "30"])
            #expect(refused.status == .tooManyRequests)
            #expect(refused.headers[.retryAfter] == "10")
            #expect(refused.html.contains("Wait 10 seconds"))
        }
    }

    /// A stolen token flooding writes spends only its own allowance: the owner's phone still writes,
    /// and logs the thief out (and ends every other session, and changes the password) even while
    /// the flood goes on.
    @Test func aFloodingStolenSessionCanAlwaysBeThrownOut() async throws {
        let server = try TestServer(writeLimit: WriteLimit(burst: 3, perMinute: 1))
        try await server.run { client in
            let (alice, _, couple) = try await client.pairedCouple()
            let thief = try await client.logIn("alice@example.org")
            let notices = "/api/v1/couples/\(couple)/noticings"
            let body = ["what": "flood", "shared": true] as [String: Any]
            for _ in 1...10 { _ = try await client.api(.post, notices, token: thief, json: body) }
            #expect(try await client.api(.post, notices, token: thief, json: body).status == .tooManyRequests)
            #expect(
                try await client.api(.post, notices, token: alice.token, json: body).status == .created,
                "the owner's own allowance is untouched")
            for _ in 1...5 { _ = try await client.api(.post, notices, token: alice.token, json: body) }
            #expect(try await client.api(.post, notices, token: alice.token, json: body).status == .tooManyRequests)

            // The thief guesses the password until told to wait: that budget is the thief's token's alone.
            var guessed: [Int] = []
            for guess in 1...6 {
                guessed.append(
                    try await client.api(
                        .put, "/api/v1/me/password", token: thief,
                        json: ["currentPassword": "guess number \(guess)", "newPassword": "a thief's long password"]
                    ).status.code)
            }
            #expect(guessed.last == 429, "\(guessed)")
            // Both spent: the steps that take a session away still work for the owner.
            let sessions = try await client.api(.get, "/api/v1/sessions", token: alice.token)
            let others = try #require(sessions["sessions"] as? [[String: Any]]).filter {
                $0["current"] as? Bool != true
            }
            let stolen = try #require(others.first?["id"] as? String)
            #expect(
                try await client.api(.delete, "/api/v1/sessions/\(stolen)", token: alice.token).status == .noContent)
            #expect(try await client.api(.get, "/api/v1/me", token: thief).status == .unauthorized)
            #expect(
                try await client.api(
                    .delete, "/api/v1/sessions/others", token: alice.token, json: ["password": "a long enough password"]
                ).status == .ok)
            let changed = try await client.api(
                .put, "/api/v1/me/password", token: alice.token,
                json: ["currentPassword": "a long enough password", "newPassword": "another long enough password"])
            #expect(changed.status == .noContent)
            #expect(try await client.api(.delete, "/api/v1/sessions/current", token: alice.token).status == .noContent)
        }
    }
}
