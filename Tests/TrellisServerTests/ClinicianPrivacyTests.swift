import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisCore
import TrellisServer

/// The privacy matrix for the clinician role: a consented clinician calls every route the API
/// has, and no answer holds anything private of either partner, their emails, or a part they did
/// not both choose; no couple route opens to them; withdrawn, their reads are gone at once.
@Suite("A clinician reaches nothing private, on any route")
struct ClinicianPrivacyTests {
    @Test func aConsentedClinicianOnEveryRoute() async throws {
        let server = try TestServer()
        try await server.run { client in
            let ana = try await HelpAPITests.clinician(client)
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            // Private words of each partner, and shared work in a part only one partner chose.
            _ = try await client.api(
                .post, "\(base)/ruptures", token: bob.token, json: ["what": "Quokka: kept to myself", "felt": "Alone"])
            _ = try await client.api(
                .post, "\(base)/journal", token: alice.token, json: ["text": "Narwhal: tonight I almost told"])
            _ = try await client.api(
                .post, "\(base)/ruptures", token: alice.token,
                json: ["what": "Plans made without me", "felt": "Left out", "shared": true])
            _ = try await client.api(
                .post, "\(base)/noticings", token: alice.token,
                json: ["what": "Pangolin: you made tea", "shared": true])
            let help = "\(base)/clinicians"
            let until = Day(server.clock.now()).adding(days: 30).description
            _ = try await client.api(
                .post, help, token: alice.token,
                json: ["clinicianId": ana.id, "parts": ["repair", "integrity"], "until": until])
            _ = try await client.api(
                .put, "\(help)/\(ana.id)/consent", token: bob.token, json: ["parts": ["repair"], "until": until])

            let secrets = ["Quokka", "Narwhal", "Pangolin", "alice@example.org", "bob@example.org"]
            // Routes that would end the clinician's own session or account are left to the end's
            // own tests; everything else is called with the couple's real ids.
            let ending = ["/api/v1/sessions", "/api/v1/me/close", "/api/v1/me/password"]
            let head = try await client.logHead(couple, as: alice)
            for route in server.trellis.apiRoutes where !ending.contains(where: { route.contains($0) }) {
                let parts = route.split(separator: " ", maxSplits: 1)
                let method = HTTPRequest.Method(String(parts[0]))!
                let path = Self.fill(String(parts[1]), couple: couple, clinician: ana.id)
                let answer =
                    method == .get
                    ? try await client.api(method, path, token: ana.token)
                    : try await client.api(method, path, token: ana.token, json: [:])
                let body = String(decoding: try JSONSerialization.data(withJSONObject: answer.json), as: UTF8.self)
                for secret in secrets { #expect(!body.contains(secret), "\(route) gave \(secret) to the clinician") }
                // A body that cannot be read is refused (400) before the couple is looked at, the
                // same for any id; anything readable is not found.
                if route.contains("/couples/{coupleId}") {
                    #expect(
                        [.notFound, .badRequest].contains(answer.status),
                        "\(route) answered the clinician \(answer.status)")
                }
            }
            #expect(
                try await client.logHead(couple, as: alice) == head + 1,
                "the one read through /clients is the only thing the clinician wrote")
            let read = try await client.api(.get, "/api/v1/clients/\(couple)", token: ana.token)
            #expect(read.status == .ok)
            #expect(
                String(decoding: try JSONSerialization.data(withJSONObject: read.json), as: UTF8.self)
                    .contains("Plans made without me"))

            _ = try await client.api(.post, "\(help)/\(ana.id)/withdraw", token: bob.token, json: [:])
            #expect(try await client.api(.get, "/api/v1/clients/\(couple)", token: ana.token).status == .notFound)
        }
    }

    /// A route's path with its parameters filled: the couple's id, the clinician's own id, a day,
    /// and fresh ids for everything else.
    static func fill(_ route: String, couple: String, clinician: String) -> String {
        route.replacingOccurrences(of: "{coupleId}", with: couple)
            .replacingOccurrences(of: "{clinicianId}", with: clinician)
            .replacingOccurrences(of: "{day}", with: "2027-01-15")
            .replacing(/\{[A-Za-z]+\}/) { _ in UUID().uuidString.lowercased() }
    }
}
