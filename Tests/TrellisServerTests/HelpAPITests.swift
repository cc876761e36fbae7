import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisCore
import TrellisServer

@Suite("Clinicians and outside help through /api/v1")
struct HelpAPITests {
    static var profile: [String: Any] {
        [
            "name": "Dr Ana Rivera", "approaches": ["affairRecovery", "emotionallyFocused"], "online": false,
            "place": "Leeds", "languages": ["English", "Español"], "about": "Twenty years with couples.",
            "listed": true,
        ]
    }

    /// A clinician with a profile: a signed-up account that saved `profile`.
    static func clinician(
        _ client: some TestClientProtocol, _ profile: [String: Any] = profile, as name: String = "Ana"
    ) async throws -> APIUser {
        let ana = try await client.signUp(name)
        let saved = try await client.api(.put, "/api/v1/me/clinician", token: ana.token, json: profile)
        #expect(saved.status == .ok)
        return ana
    }

    @Test func aClinicianIsFoundByFitWithReasonsAndOnlyWhenListed() async throws {
        let server = try TestServer()
        try await server.run { client in
            let ana = try await Self.clinician(client)
            var hidden = Self.profile
            hidden["listed"] = false
            hidden["name"] = "Dr Ben Hidden"
            _ = try await Self.clinician(client, hidden, as: "Ben")
            let (alice, _, _) = try await client.pairedCouple()

            let found = try await client.api(.get, "/api/v1/clinicians?situation=affair", token: alice.token)
            let entries = try #require(found["clinicians"] as? [[String: Any]])
            #expect(entries.map { $0["id"] as? String } == [ana.id])
            #expect((entries[0]["reasons"] as? [String])?.first?.hasPrefix("Affair recovery: ") == true)
            #expect(
                (try await client.api(.get, "/api/v1/clinicians?setting=online", token: alice.token)["clinicians"]
                    as? [[String: Any]])?.isEmpty == true)
            #expect(
                (try await client.api(
                    .get, "/api/v1/clinicians?setting=inPerson&place=leeds&language=espanol", token: alice.token
                )["clinicians"] as? [[String: Any]])?.count == 1)
            let bad = try await client.api(.get, "/api/v1/clinicians?situation=lonely", token: alice.token)
            #expect(bad.status == .badRequest && bad.errorField == "situation")
            #expect(try await client.api(.get, "/api/v1/clinicians").status == .unauthorized)
            let guide = try await client.api(.get, "/api/v1/clinicians/guide", token: alice.token)
            #expect((guide["situations"] as? [[String: Any]])?.count == 5)

            #expect(try await client.api(.get, "/api/v1/me/clinician", token: alice.token).status == .notFound)
            var broken = Self.profile
            broken["approaches"] = []
            let refused = try await client.api(.put, "/api/v1/me/clinician", token: ana.token, json: broken)
            #expect(refused.errorCode == "invalid_approaches")
            #expect(
                try await client.api(.get, "/api/v1/me/clinician", token: ana.token)["approaches"] as? [String]
                    == ["emotionallyFocused", "affairRecovery"], "a refusal changes nothing")
            #expect(try server.databaseBytes().range(of: Data("Twenty years".utf8)) == nil)
        }
    }

    @Test func bothConsentBeforeAnythingIsOpenAndEitherWithdrawsForBoth() async throws {
        let server = try TestServer()
        try await server.run { client in
            let ana = try await Self.clinician(client)
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)/clinicians"
            let until = Day(server.clock.now()).adding(days: 30).description
            let invited = try await client.api(
                .post, base, token: alice.token,
                json: ["clinicianId": ana.id, "parts": ["repair", "integrity"], "until": until])
            #expect(invited.status == .created)
            var one = try #require((invited["clinicians"] as? [[String: Any]])?.first)
            #expect(one["name"] as? String == "Dr Ana Rivera")
            #expect(one["access"] == nil, "one consent opens nothing")

            let consented = try await client.api(
                .put, "\(base)/\(ana.id)/consent", token: bob.token,
                json: ["parts": ["integrity", "windows"], "until": until])
            one = try #require((consented["clinicians"] as? [[String: Any]])?.first)
            #expect((one["access"] as? [String: Any])?["parts"] as? [String] == ["integrity"])

            let again = try await client.api(
                .post, base, token: bob.token, json: ["clinicianId": ana.id, "parts": ["repair"], "until": until])
            #expect(again.errorCode == "already_invited")
            let nobody = try await client.api(
                .post, base, token: bob.token, json: ["clinicianId": bob.id, "parts": ["repair"], "until": until])
            #expect(nobody.errorField == "clinicianId")
            let past = try await client.api(
                .put, "\(base)/\(ana.id)/consent", token: bob.token, json: ["parts": ["repair"], "until": "2020-01-01"])
            #expect(past.errorCode == "invalid_until")

            let withdrawn = try await client.api(.post, "\(base)/\(ana.id)/withdraw", token: bob.token, json: [:])
            one = try #require((withdrawn["clinicians"] as? [[String: Any]])?.first)
            #expect(one["withdrawn"] as? Bool == true && one["access"] == nil)
            let late = try await client.api(
                .put, "\(base)/\(ana.id)/consent", token: alice.token, json: ["parts": ["repair"], "until": until])
            #expect(late.errorCode == "clinician_not_found")

            // Nobody outside the couple reaches its outside help, whatever they guess.
            #expect(try await client.api(.get, base, token: ana.token).status == .notFound)
            let carol = try await client.signUp("Carol")
            _ = try await client.startCouple(carol)
            #expect(try await client.api(.get, base, token: carol.token).status == .notFound)
        }
    }
}
