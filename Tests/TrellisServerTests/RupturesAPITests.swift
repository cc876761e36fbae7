import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Rupture and repair through /api/v1")
struct RupturesAPITests {
    @Test func aPrivateRuptureLeavesNoTraceThenRepairClosesItForBoth() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let before = try await IntegrityAPITests.everythingAliceSees(client, couple, alice)
            let recorded = try await client.api(
                .post, "\(base)/ruptures", token: bob.token,
                json: ["what": "Axolotl: you laughed at my plan", "felt": "Small and foolish"])
            #expect(recorded.status == .created)
            let id = try #require((recorded["ruptures"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await IntegrityAPITests.everythingAliceSees(client, couple, alice) == before)
            #expect(try server.databaseBytes().range(of: Data("Axolotl".utf8)) == nil)
            let early = try await client.api(
                .post, "\(base)/ruptures/\(id)/steps", token: bob.token, json: ["kind": "understand", "text": "I see"])
            #expect(early.errorCode == "rupture_private")
            #expect(
                try await client.api(
                    .post, "\(base)/ruptures/\(id)/steps", token: alice.token,
                    json: ["kind": "sorry", "text": "Sorry"]
                ).status == .notFound)

            #expect(try await client.api(.post, "\(base)/ruptures/\(id)/share", token: bob.token).status == .ok)
            let sorry = try await client.api(
                .post, "\(base)/ruptures/\(id)/steps", token: alice.token,
                json: ["kind": "sorry", "text": "I am sorry I laughed"])
            #expect(sorry.status == .created)
            let badKind = try await client.api(
                .post, "\(base)/ruptures/\(id)/steps", token: alice.token, json: ["kind": "blame", "text": "x"])
            #expect(badKind.errorField == "kind")
            for member in [bob, alice] {
                #expect(
                    try await client.api(
                        .post, "\(base)/ruptures/\(id)/repaired", token: member.token, json: ["repaired": true]
                    ).status == .ok)
            }
            let closed = try #require(
                (try await client.api(.get, "\(base)/ruptures", token: bob.token)["ruptures"] as? [[String: Any]])?
                    .first)
            #expect(closed["closedAt"] is String)
            #expect((closed["steps"] as? [[String: Any]])?.first?["byMe"] as? Bool == false)
            let after = try await client.api(
                .post, "\(base)/ruptures/\(id)/steps", token: alice.token, json: ["kind": "next", "text": "More"])
            #expect(after.errorCode == "rupture_closed")
        }
    }
}
