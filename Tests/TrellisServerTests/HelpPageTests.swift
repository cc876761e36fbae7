import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisCore
import TrellisServer

@Suite("Outside help's pages")
struct HelpPageTests {
    /// A clinician's printable report covers the days chosen and nothing else, and opening it is a
    /// read like any other, written to the couple's access log; a member's own report is chosen
    /// the same way.
    @Test func aReportShowsOnlyTheDaysChosenAndEveryPrintIsARead() async throws {
        let server = try TestServer()
        try await server.run { client in
            let ana = try await HelpAPITests.clinician(client)
            let (alice, bob, couple) = try await client.pairedCouple()
            let ruptures = "/api/v1/couples/\(couple)/ruptures"
            _ = try await client.api(
                .post, ruptures, token: alice.token,
                json: ["what": "Plans made without me", "felt": "Left out", "shared": true])
            let help = "/api/v1/couples/\(couple)/clinicians"
            let until = Day(server.clock.now()).adding(days: 30).description
            _ = try await client.api(
                .post, help, token: alice.token, json: ["clinicianId": ana.id, "parts": ["repair"], "until": until])
            _ = try await client.api(
                .put, "\(help)/\(ana.id)/consent", token: bob.token, json: ["parts": ["repair"], "until": until])
            server.clock.advance(by: 3 * 86400)
            _ = try await client.api(
                .post, ruptures, token: bob.token, json: ["what": "A late call", "felt": "Worried", "shared": true])

            let browser = TestBrowser(client)
            _ = try await browser.post(
                "/login", ["email": "ana@example.org", "password": "a long enough password"])
            let today = Day(server.clock.now())
            let report = try await browser.get("/clients/\(couple)?from=\(today)&to=\(today)")
            #expect(report.status == .ok)
            #expect(report.html.contains("A late call") && !report.html.contains("Plans made without me"))
            #expect(report.html.contains("From \(today.weekday.name.prefix(3))"))
            let whole = try await browser.get("/clients/\(couple)").html
            #expect(whole.contains("A late call") && whole.contains("Plans made without me"))
            let log = try await client.api(.get, help, token: alice.token)["log"] as? [Any]
            #expect(log?.count == 2, "each page is a read, and each read is written")

            let bobs = TestBrowser(client)
            _ = try await bobs.post("/login", ["email": "bob@example.org", "password": "a long enough password"])
            let own = try await bobs.get("/settings/export?from=\(today)").html
            #expect(own.contains("A late call") && !own.contains("Plans made without me"))
        }
    }
}
