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

    /// Alice asks `clinician` in and Bob consents, both to `parts`, for thirty days.
    static func consented(
        _ client: some TestClientProtocol, _ clinician: APIUser, by alice: APIUser, _ bob: APIUser, in couple: String,
        parts: [String], server: TestServer
    ) async throws {
        let help = "/api/v1/couples/\(couple)/clinicians"
        let until = Day(server.clock.now()).adding(days: 30).description
        let asked = try await client.api(
            .post, help, token: alice.token, json: ["clinicianId": clinician.id, "parts": parts, "until": until])
        #expect(asked.status == .created)
        let consent = try await client.api(
            .put, "\(help)/\(clinician.id)/consent", token: bob.token, json: ["parts": parts, "until": until])
        #expect(consent.status == .ok)
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
            for empty in ["approach", "situation", "setting"] {
                let refused = try await client.api(.get, "/api/v1/clinicians?\(empty)=", token: alice.token)
                #expect(refused.status == .badRequest && refused.errorField == empty, "only a form sends empty choices")
            }
            let long = String(repeating: "\u{1F600}", count: 101)
            let tooLong = try await client.api(
                .get,
                "/api/v1/clinicians?setting=online&place=\(long.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)",
                token: alice.token)
            #expect(tooLong.status == .badRequest && tooLong.errorField == "place", "refused even when not used")
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

    /// The clinician's read: logged in the couple's record before anything is shown, shared
    /// events of the parts both chose and nothing private, gone the moment consent is withdrawn.
    @Test func aClinicianReadsOnlyWhatBothChoseAndEveryReadIsLogged() async throws {
        let server = try TestServer()
        try await server.run { client in
            let ana = try await Self.clinician(client)
            let (alice, bob, couple) = try await client.pairedCouple()
            let ruptures = "/api/v1/couples/\(couple)/ruptures"
            _ = try await client.api(
                .post, ruptures, token: bob.token, json: ["what": "Axolotl: kept to myself", "felt": "Alone"])
            _ = try await client.api(
                .post, ruptures, token: alice.token,
                json: ["what": "Plans made without me", "felt": "Left out", "shared": true])
            let help = "/api/v1/couples/\(couple)/clinicians"
            let read = "/api/v1/clients/\(couple)"
            let until = Day(server.clock.now()).adding(days: 30).description
            _ = try await client.api(
                .post, help, token: alice.token, json: ["clinicianId": ana.id, "parts": ["repair"], "until": until])
            #expect(try await client.api(.get, read, token: ana.token).status == .notFound)
            #expect(
                (try await client.api(.get, "/api/v1/clients", token: ana.token)["clients"] as? [Any])?.isEmpty == true)
            _ = try await client.api(
                .put, "\(help)/\(ana.id)/consent", token: bob.token,
                json: ["parts": ["repair", "windows"], "until": until])

            let clients = try #require(
                try await client.api(.get, "/api/v1/clients", token: ana.token)["clients"] as? [[String: Any]])
            #expect(clients.map { $0["partners"] as? [String] } == [["Alice", "Bob"]])
            let answer = try await client.api(.get, read, token: ana.token)
            #expect(answer.status == .ok)
            let kinds = (answer["events"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
            #expect(kinds == ["ruptureRecorded"])
            let body = String(decoding: try JSONSerialization.data(withJSONObject: answer.json), as: UTF8.self)
            #expect(body.contains("Plans made without me") && !body.contains("Axolotl"))
            #expect(!body.contains("@example.org"), "no email reaches a clinician")

            let noted = try await client.api(
                .post, "\(read)/notes", token: ana.token, json: ["text": "Talk about Saturday plans first"])
            #expect(noted.status == .created)
            let seen = try await client.api(.get, help, token: bob.token)
            #expect((seen["log"] as? [[String: Any]])?.map { $0["parts"] as? [String] } == [["repair"]])
            #expect((seen["notes"] as? [[String: Any]])?.first?["text"] as? String == "Talk about Saturday plans first")

            // A partner is not a clinician, a guessed couple is nobody's, and withdrawal ends it at once.
            #expect(try await client.api(.get, read, token: alice.token).status == .notFound)
            #expect(try await client.api(.get, "/api/v1/clients/\(UUID())", token: ana.token).status == .notFound)
            _ = try await client.api(.post, "\(help)/\(ana.id)/withdraw", token: alice.token, json: [:])
            #expect(try await client.api(.get, read, token: ana.token).status == .notFound)
            #expect(
                try await client.api(.post, "\(read)/notes", token: ana.token, json: ["text": "Still there?"]).status
                    == .notFound)
            let after = try await client.api(.get, help, token: alice.token)
            #expect((after["log"] as? [Any])?.count == 1, "a refused read writes nothing")
            #expect(
                (try await client.api(.get, "/api/v1/clients", token: ana.token)["clients"] as? [Any])?.isEmpty == true)
        }
    }
}
