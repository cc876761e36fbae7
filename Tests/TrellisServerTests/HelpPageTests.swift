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
            try await HelpAPITests.consented(client, ana, by: alice, bob, in: couple, parts: ["repair"], server: server)
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
            let log = try await client.api(.get, help, token: alice.token)["log"] as? [[String: Any]]
            #expect(log?.map { $0["count"] as? Int } == [2], "each page is a read, and each read is counted")

            let bobs = TestBrowser(client)
            _ = try await bobs.post("/login", ["email": "bob@example.org", "password": "a long enough password"])
            let own = try await bobs.get("/settings/export?from=\(today)").html
            #expect(own.contains("A late call") && !own.contains("Plans made without me"))
        }
    }

    /// The clinician suggests on her page; it waits on Alice's home until she opens outside help,
    /// where she takes it on in an area and says when. The clinician's page draws each partner's
    /// trust from the open parts only: a confirmed safe behaviour (in no part) never counts there.
    @Test func aSuggestionMadeOnAPageIsTakenOnFromOutsideHelpAndPicturesShowOnlyOpenParts() async throws {
        let server = try TestServer()
        try await server.run { client in
            let ana = try await HelpAPITests.clinician(client)
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let area = try #require(
                (try await client.api(.get, base, token: alice.token)["areas"] as? [[String: Any]])?.first?["id"]
                    as? String)
            _ = try await client.api(.put, "\(base)/areas/\(area)/switch", token: alice.token, json: ["on": true])
            let named = try await client.api(
                .post, "\(base)/safe-behaviours", token: alice.token,
                json: ["areaId": area, "what": "Ask about my day"])
            let behaviour = try #require((named["named"] as? [[String: Any]])?.first?["id"] as? String)
            let claimed = try await client.api(.post, "\(base)/safe-behaviours/\(behaviour)/happened", token: bob.token)
            let moment = try #require(
                ((claimed["askedOfMe"] as? [[String: Any]])?.first?["moments"] as? [[String: Any]])?.first?["id"]
                    as? String)
            _ = try await client.api(
                .post, "\(base)/safe-behaviours/\(behaviour)/moments/\(moment)/confirm", token: alice.token,
                json: ["yes": true])
            let help = "\(base)/clinicians"
            try await HelpAPITests.consented(client, ana, by: alice, bob, in: couple, parts: ["repair"], server: server)

            let anas = TestBrowser(client)
            _ = try await anas.post("/login", ["email": "ana@example.org", "password": "a long enough password"])
            let page = try await anas.get("/clients/\(couple)").html
            #expect(page.contains("Alice\u{2019}s trust in") && page.contains("class=\"evidence-weeks\""))
            #expect(page.contains("week 1: nothing"), "the confirmed safe behaviour is in no part open to her")
            #expect(!page.contains("name=\"kind\" value=\"expectation\"") && !page.contains(">An expectation<"))
            let sent = try await anas.post(
                "/clients/\(couple)/suggestions", ["kind": "clearAction", "doer": bob.id, "words": "Text when late"])
            #expect(sent.status == .found)
            let refused = try await anas.post(
                "/clients/\(couple)/suggestions", ["kind": "clearAction", "doer": bob.id, "words": "   "])
            #expect(refused.status == .unprocessableContent && refused.html.contains("id=\"client-suggestions\""))

            let alices = TestBrowser(client)
            _ = try await alices.post("/login", ["email": "alice@example.org", "password": "a long enough password"])
            let home = try await alices.get("/home").html
            #expect(home.contains("Dr Ana Rivera suggested a clear action"))
            let outside = try await alices.get("/help").html
            #expect(outside.contains("Text when late") && outside.contains("Ask Bob for it"))
            let id = try #require(
                (try await client.api(.get, help, token: alice.token)["suggestions"] as? [[String: Any]])?.first?["id"]
                    as? String)
            let taken = try await alices.post(
                "/help/suggestions/\(id)/take", ["area": area, "cadence": "daily"])
            #expect(taken.status == .found)
            let asked = try await client.api(.get, "\(base)/repair", token: bob.token)["askedOfMe"] as? [[String: Any]]
            #expect(asked?.first?["what"] as? String == "Text when late")
            #expect(try await anas.get("/clients/\(couple)").html.contains("Taken on by Alice"))
        }
    }
}
