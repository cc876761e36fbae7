import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisCore
import TrellisServer

/// A clinician's suggestions through /api/v1: only in parts open to them, only words until a
/// partner takes one on, and then the usual step the partner still agrees to or not.
@Suite("A clinician's suggestions through /api/v1")
struct SuggestionAPITests {
    @Test func aSuggestionBecomesTheUsualStepOnlyWhenAPartnerTakesItOn() async throws {
        let server = try TestServer()
        try await server.run { client in
            let ana = try await HelpAPITests.clinician(client)
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let help = "\(base)/clinicians"
            try await HelpAPITests.consented(client, ana, by: alice, bob, in: couple, parts: ["repair"], server: server)
            let suggest = "/api/v1/clients/\(couple)/suggestions"
            let members = try #require(
                (try await client.api(.get, "/api/v1/clients", token: ana.token)["clients"] as? [[String: Any]])?
                    .first?["members"] as? [[String: Any]])
            #expect(members.map { $0["id"] as? String } == [alice.id, bob.id])

            let closed = try await client.api(
                .post, suggest, token: ana.token, json: ["kind": "expectation", "words": "Phones away at dinner"])
            #expect(closed.errorCode == "part_not_open", "expectations are not open to her")
            let noDoer = try await client.api(
                .post, suggest, token: ana.token, json: ["kind": "clearAction", "words": "Text when running late"])
            #expect(noDoer.errorField == "doer")
            let made = try await client.api(
                .post, suggest, token: ana.token,
                json: ["kind": "clearAction", "doerId": bob.id, "words": "Text when running late"])
            #expect(made.status == .created)
            let id = try #require((made["suggestions"] as? [[String: Any]])?.first?["id"] as? String)

            let view = try await client.api(.get, base, token: alice.token)
            let area = try #require((view["areas"] as? [[String: Any]])?.first?["id"] as? String)
            let take = "\(base)/suggestions/\(id)/take"
            let byDoer = try await client.api(
                .post, take, token: bob.token, json: ["areaId": area, "cadence": ["kind": "daily"]])
            #expect(byDoer.errorCode == "not_yours", "nobody asks an action of themselves")
            let noWhen = try await client.api(.post, take, token: alice.token, json: ["areaId": area])
            #expect(noWhen.errorField == "cadence")
            let before = try await client.logHead(couple, as: alice)
            #expect(
                try await client.api(.post, take, token: ana.token, json: ["areaId": area]).status == .notFound,
                "a clinician never takes on for the couple")
            #expect(try await client.logHead(couple, as: alice) == before, "every refusal left the record as it was")

            let taken = try await client.api(
                .post, take, token: alice.token, json: ["areaId": area, "cadence": ["kind": "daily"]])
            #expect(taken.status == .ok)
            let answer = (taken["suggestions"] as? [[String: Any]])?.first?["answer"] as? [String: Any]
            #expect(answer?["accepted"] as? Bool == true && answer?["memberId"] as? String == alice.id)
            let actions = try #require(
                try await client.api(.get, "\(base)/repair", token: bob.token)["askedOfMe"] as? [[String: Any]])
            #expect(actions.map { $0["what"] as? String } == ["Text when running late"])
            #expect(actions.first?["status"] as? String == "requested", "Bob still agrees to it, or not")
            let again = try await client.api(.post, "\(base)/suggestions/\(id)/decline", token: bob.token, json: [:])
            #expect(again.errorCode == "already_answered")

            // The clinician sees what became of it; withdrawn, she can suggest nothing more.
            let read = try await client.api(.get, "/api/v1/clients/\(couple)", token: ana.token)
            let mine = (read["suggestions"] as? [[String: Any]])?.first?["answer"] as? [String: Any]
            #expect(mine?["accepted"] as? Bool == true)
            _ = try await client.api(.post, "\(help)/\(ana.id)/withdraw", token: bob.token, json: [:])
            let late = try await client.api(
                .post, suggest, token: ana.token, json: ["kind": "clearAction", "doerId": bob.id, "words": "More"])
            #expect(late.status == .notFound)
        }
    }

    @Test func eitherPartnerDeclinesAnExpectationForBoth() async throws {
        let server = try TestServer()
        try await server.run { client in
            let ana = try await HelpAPITests.clinician(client)
            let (alice, bob, couple) = try await client.pairedCouple()
            let help = "/api/v1/couples/\(couple)/clinicians"
            try await HelpAPITests.consented(
                client, ana, by: alice, bob, in: couple, parts: ["expectations"], server: server)
            let made = try await client.api(
                .post, "/api/v1/clients/\(couple)/suggestions", token: ana.token,
                json: ["kind": "expectation", "words": "We talk about money on Sundays"])
            let id = try #require((made["suggestions"] as? [[String: Any]])?.first?["id"] as? String)
            let declined = try await client.api(
                .post, "/api/v1/couples/\(couple)/suggestions/\(id)/decline", token: bob.token, json: [:])
            #expect(declined.status == .ok)
            let seen = try await client.api(.get, help, token: alice.token)
            let answer = (seen["suggestions"] as? [[String: Any]])?.first?["answer"] as? [String: Any]
            #expect(answer?["accepted"] as? Bool == false && answer?["memberId"] as? String == bob.id)
            let expectations =
                try await client.api(
                    .get, "/api/v1/couples/\(couple)/expectations", token: alice.token)["expectations"] as? [Any]
            #expect(expectations?.isEmpty == true, "declined, it became nothing")
            let unknown = try await client.api(
                .post, "/api/v1/couples/\(couple)/suggestions/\(UUID())/decline", token: alice.token, json: [:])
            #expect(unknown.status == .notFound)
        }
    }
}
