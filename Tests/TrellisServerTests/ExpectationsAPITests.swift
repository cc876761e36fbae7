import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Expectations through /api/v1")
struct ExpectationsAPITests {
    @Test func wordsHoldOnceBothAgreeAndStaleWordsAreNeverAgreedByMistake() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let friendships = try await client.areaId("Friendships", couple: couple, as: alice)
            let proposed = try await client.api(
                .post, "\(base)/expectations", token: alice.token,
                json: ["areaId": friendships, "words": "Dinners with a friend: tell me beforehand"])
            #expect(proposed.status == .created)
            let first = try #require((proposed["expectations"] as? [[String: Any]])?.first)
            let id = try #require(first["id"] as? String)
            #expect(first["holds"] as? Bool == false)
            #expect(first["current"] is NSNull)

            // Alice changes her words before Bob answers: Bob's answer to version 1 is refused.
            _ = try await client.api(
                .post, "\(base)/expectations/\(id)/reword", token: alice.token,
                json: ["words": "Dinners with a friend: tell me the same day"])
            let stale = try await client.api(
                .post, "\(base)/expectations/\(id)/agree", token: bob.token, json: ["version": 1])
            #expect(stale.status == .conflict)
            #expect(stale.errorCode == "stale_version")
            #expect(stale.errorMessage?.contains("version 2") == true)
            let own = try await client.api(
                .post, "\(base)/expectations/\(id)/agree", token: alice.token, json: ["version": 2])
            #expect(own.status == .forbidden)

            let agreed = try await client.api(
                .post, "\(base)/expectations/\(id)/agree", token: bob.token, json: ["version": 2])
            let holding = try #require((agreed["expectations"] as? [[String: Any]])?.first)
            #expect(holding["holds"] as? Bool == true)
            #expect(
                (holding["current"] as? [String: Any])?["words"] as? String
                    == "Dinners with a friend: tell me the same day")

            // Bob withdraws; Alice sees at once that it no longer holds.
            _ = try await client.api(.post, "\(base)/expectations/\(id)/withdraw-consent", token: bob.token)
            let seen = try #require(
                (try await client.api(.get, "\(base)/expectations", token: alice.token)["expectations"]
                    as? [[String: Any]])?.first)
            #expect(seen["holds"] as? Bool == false)
            #expect(seen["withdrawnByMe"] as? Bool == false)
        }
    }
}
