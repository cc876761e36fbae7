import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Core fears through /api/v1")
struct FearsAPITests {
    static func area(_ name: String, in fears: APIAnswer) throws -> [String: Any] {
        let areas = try #require(fears["areas"] as? [[String: Any]])
        return try #require(areas.first { $0["name"] as? String == name })
    }

    @Test func aPrivateFearLeavesNoTraceUntilBothRevealTogether() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let money = try #require(
                try Self.area("Money", in: try await client.api(.get, "\(base)/fears", token: bob.token))["areaId"]
                    as? String)
            let before = try await IntegrityAPITests.everythingAliceSees(client, couple, alice)

            // Bob writes, changes, takes back and writes again: Alice's answers do not move a byte.
            let written = try await client.api(
                .post, "\(base)/areas/\(money)/fears", token: bob.token,
                json: ["what": "Quokka-fear of hidden debts", "why": "My father hid his"])
            #expect(written.status == .created)
            let mine = try #require(try Self.area("Money", in: written)["mine"] as? [[String: Any]])
            let id = try #require(mine.first?["id"] as? String)
            #expect(mine.first?["visibility"] as? String == "private")
            #expect(
                try await client.api(
                    .put, "\(base)/fears/\(id)", token: bob.token, json: ["what": "Quokka-fear", "why": "Father"]
                ).status == .ok)
            #expect(try await client.api(.delete, "\(base)/fears/\(id)", token: bob.token).status == .ok)
            _ = try await client.api(
                .post, "\(base)/areas/\(money)/fears", token: bob.token,
                json: ["what": "Quokka-fear again", "why": "Still"])
            #expect(try await IntegrityAPITests.everythingAliceSees(client, couple, alice) == before)
            #expect(try server.databaseBytes().range(of: Data("Quokka".utf8)) == nil)

            // Alice cannot touch it, even knowing its id.
            #expect(try await client.api(.post, "\(base)/fears/\(id)/share", token: alice.token).status == .notFound)

            // Bob is ready: Alice learns that, and nothing else.
            #expect(
                try await client.api(.post, "\(base)/areas/\(money)/fears/reveal-together", token: bob.token).status
                    == .ok)
            let aliceSees = try Self.area("Money", in: try await client.api(.get, "\(base)/fears", token: alice.token))
            #expect(aliceSees["partnerIsReady"] as? Bool == true)
            #expect((aliceSees["partners"] as? [Any])?.isEmpty == true)
            let early = try await client.api(.post, "\(base)/areas/\(money)/fears/reveal-together", token: alice.token)
            #expect(early.errorCode == "no_fears_yet")

            // Alice writes and is ready too: both open at once.
            _ = try await client.api(
                .post, "\(base)/areas/\(money)/fears", token: alice.token,
                json: ["what": "That you keep score", "why": "We did, before"])
            let opened = try await client.api(
                .post, "\(base)/areas/\(money)/fears/reveal-together", token: alice.token)
            let aliceArea = try Self.area("Money", in: opened)
            #expect((aliceArea["partners"] as? [[String: Any]])?.map { $0["what"] as? String } == ["Quokka-fear again"])
            let bobArea = try Self.area("Money", in: try await client.api(.get, "\(base)/fears", token: bob.token))
            #expect((bobArea["partners"] as? [[String: Any]])?.map { $0["what"] as? String } == ["That you keep score"])
            #expect(bobArea["iAmWaiting"] as? Bool == false)

            // One line back, once; the author cannot answer their own.
            let bobsFear = try #require((aliceArea["partners"] as? [[String: Any]])?.first?["id"] as? String)
            let answered = try await client.api(
                .post, "\(base)/fears/\(bobsFear)/answer", token: alice.token,
                json: ["line": "Thank you for telling me."])
            #expect(answered.status == .ok)
            let own = try await client.api(
                .post, "\(base)/fears/\(bobsFear)/answer", token: bob.token, json: ["line": "Me too"])
            #expect(own.status == .forbidden)
            #expect(own.errorCode == "not_yours")
        }
    }
}
