import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Signs and urges through /api/v1")
struct OutOfReachAPITests {
    @Test func urgesAndPrivateCheckInsLeaveNoTraceForThePartner() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let before = try await IntegrityAPITests.everythingAliceSees(client, couple, alice)

            let urge = try await client.api(
                .post, "\(base)/urges", token: bob.token,
                json: ["kind": "socialMedia", "actedOn": false, "helped": "Ocelot-walk", "trigger": "Ocelot-photo"])
            #expect(urge.status == .created)
            #expect((urge["urges"] as? [[String: Any]])?.first?["helped"] as? String == "Ocelot-walk")
            #expect((urge["weeks"] as? [[String: Any]])?.last?["resisted"] as? Int == 1)
            let checkIn = try await client.api(
                .post, "\(base)/signs", token: bob.token,
                json: ["levels": ["scan": 4, "body": 2, "traps": 3, "shame": 1], "note": "Ocelot-note"])
            #expect(checkIn.status == .created)

            // Not the text, not a count, not a sequence number: Alice's answers are byte for byte the same.
            #expect(try await IntegrityAPITests.everythingAliceSees(client, couple, alice) == before)
            #expect(try server.databaseBytes().range(of: Data("Ocelot".utf8)) == nil)

            // Shared by choice, the check-in reaches Alice; the urge never can.
            let id = try #require((checkIn["mine"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(try await client.api(.post, "\(base)/signs/\(id)/share", token: alice.token).status == .notFound)
            #expect(try await client.api(.post, "\(base)/signs/\(id)/share", token: bob.token).status == .ok)
            let aliceSees = try await client.api(.get, "\(base)/signs", token: alice.token)
            let shared = try #require((aliceSees["partners"] as? [[String: Any]])?.first)
            #expect((shared["levels"] as? [String: Int])?["scan"] == 4)
            #expect((aliceSees["signs"] as? [[String: Any]])?.count == 4)
            let aliceUrges = try await client.api(.get, "\(base)/urges", token: alice.token)
            #expect((aliceUrges["urges"] as? [Any])?.isEmpty == true)
        }
    }

    @Test func badLevelsAndKindsAreRefusedWithTheField() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            for levels: [String: Int] in [
                ["scan": 1], ["scan": 1, "body": 1, "traps": 1, "shame": 9],
                ["scan": 1, "body": 1, "traps": 1, "shame": 1, "fear": 1],
            ] {
                let refused = try await client.api(.post, "\(base)/signs", token: alice.token, json: ["levels": levels])
                #expect(refused.status == .unprocessableContent)
                #expect(refused.errorField == "levels")
            }
            let kind = try await client.api(
                .post, "\(base)/urges", token: alice.token, json: ["kind": "diary", "actedOn": true])
            #expect(kind.errorField == "kind")
            let nothing = try await client.api(.get, "\(base)/signs", token: alice.token)
            #expect((nothing["mine"] as? [Any])?.isEmpty == true)
        }
    }
}
