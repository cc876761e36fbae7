import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Nothing of one couple is reachable by another, whatever id is guessed")
struct AuthorisationTests {
    @Test func aMemberOfAnotherCoupleGets404Everywhere() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = try await client.signUp("Alice")
            let bob = try await client.signUp("Bob")
            let mallory = try await client.signUp("Mallory")
            let couple = try await client.pair(alice, bob)
            let own = try await client.startCouple(mallory)
            let view = try await client.api(.get, "/api/v1/couples/\(couple)", token: alice.token)
            let area = try #require((view["areas"] as? [[String: Any]])?.first?["id"] as? String)
            let head = try await client.logHead(couple, as: alice)

            let attempts: [(HTTPRequest.Method, String, [String: Any]?)] = [
                (.get, "/api/v1/couples/\(couple)", nil),
                (.get, "/api/v1/couples/\(couple)/events", nil),
                (.post, "/api/v1/couples/\(couple)/invites", nil),
                (.post, "/api/v1/couples/\(couple)/leave", nil),
                (.post, "/api/v1/couples/\(couple)/areas", ["name": "Mine now"]),
                (.patch, "/api/v1/couples/\(couple)/areas/\(area)", ["archived": true]),
                // Her own couple's path with their area's id: the area is not in her couple.
                (.patch, "/api/v1/couples/\(own)/areas/\(area)", ["archived": true]),
                (.get, "/api/v1/couples/\(UUID().uuidString)", nil),
                (.get, "/api/v1/couples/not-a-uuid", nil),
            ]
            for (method, path, body) in attempts {
                let answer =
                    if let body {
                        try await client.api(method, path, token: mallory.token, json: body)
                    } else {
                        try await client.api(method, path, token: mallory.token)
                    }
                #expect(answer.status == .notFound, "\(method) \(path) answered \(answer.status)")
                #expect(answer.errorCode != nil)
            }
            #expect(try await client.logHead(couple, as: alice) == head)
        }
    }

    @Test func everyCoupleRouteNeedsASession() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = try await client.signUp("Alice")
            let couple = try await client.startCouple(alice)
            for path in ["/api/v1/couples/\(couple)", "/api/v1/couples/\(couple)/events", "/api/v1/me"] {
                let answer = try await client.api(.get, path, token: "made-up-token")
                #expect(answer.status == .unauthorized)
            }
            #expect(try await client.api(.post, "/api/v1/couples").status == .unauthorized)
        }
    }
}
