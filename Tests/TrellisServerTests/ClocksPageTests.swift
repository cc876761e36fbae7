import Foundation
import HummingbirdTesting
import Testing
import TrellisCore

@testable import TrellisServer

/// Each partner's own day: the partner's local time on home and where a window is proposed, only
/// while they allow it.
@Suite("Each partner's own clock on the pages and the API")
struct ClocksPageTests {
    @Test func thePartnersTimeShowsOnlyWhileTheyAllowIt() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            _ = try await alice.post(
                "/settings", ["timeZone": "Asia/Tokyo", "eveningHour": "20", "pauseSeconds": "30"])
            #expect(!(try await bob.get("/home").html.contains(#"id="partner-time""#)))
            #expect(try await alice.get("/home").html.contains("Let Bob see my local time"))

            let shared = try await alice.post("/couple/clock", ["share": "yes"])
            #expect(shared.location == Page.home(done: .saved).description)
            let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
            let parts = Calendar(identifier: .gregorian).dateComponents(in: tokyo, from: server.clock.now())
            func two(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
            let time = "It is \(two(parts.hour)):\(two(parts.minute)) for Alice (Tokyo time)"
            #expect(try await bob.get("/home").html.contains(time))
            #expect(try await bob.get("/window").html.contains(time), "where a moment is proposed to both")
            #expect(try await alice.get("/home").html.contains("Bob sees your local time (Tokyo time)"))

            _ = try await alice.post("/couple/clock", ["share": "no"])
            #expect(!(try await bob.get("/home").html.contains(#"id="partner-time""#)))
            let again = try await alice.post("/couple/clock", ["share": "no"])
            #expect(again.status == .conflict)
        }
    }

    @Test func theAPISaysEachClockOnlyToWhomItIsAllowed() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let path = "/api/v1/couples/\(couple)/clock"
            let before = try await client.api(.get, path, token: bob.token)
            #expect(before["mine"] is NSNull && before["partners"] is NSNull)
            let shared = try await client.api(.put, path, token: alice.token, json: ["share": true])
            #expect(shared.status == .ok && shared["mine"] as? String == "UTC")
            #expect(try await client.api(.get, path, token: bob.token)["partners"] as? String == "UTC")
            let same = try await client.api(.put, path, token: alice.token, json: ["share": true])
            #expect(same.status == .conflict && same.errorCode == "already_so")
        }
    }
}
