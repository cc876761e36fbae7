import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Grants of trust through /api/v1")
struct GrantsAPITests {
    @Test func aGrantIsOfferedAcceptedUsedAndReviewedByTheRightPartner() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let friendships = try await client.areaId("Friendships", couple: couple, as: alice)
            let offer: [String: Any] = [
                "areaId": friendships, "what": "Dinner with your old friend", "stakes": "Being left out",
                "size": "small", "reviewOn": "2027-02-01",
            ]
            var wrongSize = offer
            wrongSize["size"] = "huge"
            let refused = try await client.api(.post, "\(base)/grants", token: alice.token, json: wrongSize)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.errorField == "size")
            let offered = try await client.api(.post, "\(base)/grants", token: alice.token, json: offer)
            #expect(offered.status == .created)
            let id = try #require((offered["given"] as? [[String: Any]])?.first?["id"] as? String)

            let bobSees = try await client.api(.get, "\(base)/grants", token: bob.token)
            #expect((bobSees["received"] as? [[String: Any]])?.first?["status"] as? String == "offered")
            let notHis = try await client.api(.post, "\(base)/grants/\(id)/withdraw", token: bob.token)
            #expect(notHis.status == .forbidden)
            #expect(notHis.errorCode == "not_yours")
            #expect(
                try await client.api(.post, "\(base)/grants/\(id)/answer", token: bob.token, json: ["accept": true])
                    .status == .ok)
            #expect(
                try await client.api(
                    .post, "\(base)/grants/\(id)/use", token: bob.token, json: ["text": "Dinner; I texted at ten"]
                ).status == .ok)
            let hurt = try await client.api(
                .post, "\(base)/grants/\(id)/review", token: alice.token, json: ["honoured": false])
            #expect(hurt.errorCode == "invalid_why")
            let reviewed = try await client.api(
                .post, "\(base)/grants/\(id)/review", token: alice.token, json: ["honoured": true])
            let grant = try #require((reviewed["given"] as? [[String: Any]])?.first)
            #expect(grant["honoured"] as? Bool == true)
            #expect(grant["used"] as? String == "Dinner; I texted at ten")
            let next = try #require(reviewed["nextSteps"] as? [[String: Any]])
            #expect(next.first?["areaId"] as? String == friendships)
            #expect(next.first?["size"] as? String == "medium")
        }
    }
}
