import Foundation
import HummingbirdTesting
import Testing
import TrellisCore

@testable import TrellisServer

/// However much a person writes, every answer and page holds a named number of items and pages
/// back by cursor.
@Suite("Every list is bounded and pages back")
struct BoundedListsTests {
    @Test func theIntegrityPageShowsTheNewestEntriesAndLinksToEarlierOnes() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _) = try await WebPageTests.pairedBrowsers(client)
            for index in 0..<(ListLimit.entries + 2) {
                _ = try await alice.post(Post.notice().path, ["what": "Noticed \(index)"])
            }
            let page = try await alice.get("/integrity").html
            #expect(page.contains("Noticed \(ListLimit.entries + 1)") && !page.contains("Noticed 1<"))
            let link = try #require(page.firstMatch(of: /href="(\/integrity\?earlier=entries\.[0-9]+)"/)?.1)
            let earlier = try await alice.get(String(link)).html
            #expect(earlier.contains("Noticed 0") && earlier.contains("Noticed 1"))
            #expect(earlier.contains("Back to the newest"))
            let bad = try await alice.get("/integrity?earlier=nonsense")
            #expect(bad.status == .unprocessableContent)
        }
    }

    @Test func urgesComeTenAtATimeOnTheAPI() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            for index in 0..<(ListLimit.urges + 3) {
                let logged = try await client.api(
                    .post, "\(base)/urges", token: alice.token,
                    json: ["kind": "phone", "actedOn": false, "trigger": "Trigger \(index)"])
                #expect(logged.status == .created)
            }
            let first = try await client.api(.get, "\(base)/urges", token: alice.token)
            #expect((first["urges"] as? [[String: Any]])?.count == ListLimit.urges)
            let earlier = try #require(first["urgesEarlier"] as? String)
            let back = try await client.api(.get, "\(base)/urges?earlier=\(earlier)", token: alice.token)
            let rest = try #require(back["urges"] as? [[String: Any]])
            #expect(rest.compactMap { $0["trigger"] as? String } == ["Trigger 2", "Trigger 1", "Trigger 0"])
            #expect(back["urgesEarlier"] == nil)
        }
    }

    @Test func aClinicianReadsTheNewestStepsAndNotesAndPagesBack() async throws {
        let server = try TestServer(writeLimit: WriteLimit(burst: 1000, perMinute: 1000))
        try await server.run { client in
            let ana = try await HelpAPITests.clinician(client)
            let (alice, bob, couple) = try await client.pairedCouple()
            try await HelpAPITests.consented(
                client, ana, by: alice, bob, in: couple, parts: ["integrity"], server: server)
            let base = "/api/v1/couples/\(couple)"
            for index in 0..<(ListLimit.clientSteps + 2) {
                let noticed = try await client.api(
                    .post, "\(base)/noticings", token: alice.token, json: ["what": "Kind \(index)", "shared": true])
                #expect(noticed.status == .created)
            }
            let read = "/api/v1/clients/\(couple)"
            for index in 0...ListLimit.clinicianNotes {
                _ = try await client.api(.post, "\(read)/notes", token: ana.token, json: ["text": "Note \(index)"])
            }
            let first = try await client.api(.get, read, token: ana.token)
            #expect((first["events"] as? [Any])?.count == ListLimit.clientSteps)
            let newest = Self.texts(first)
            #expect(newest.contains("Kind \(ListLimit.clientSteps + 1)") && !newest.contains("Kind 1\""))
            #expect((first["notes"] as? [[String: Any]])?.first?["text"] as? String == "Note 1")
            let earlier = try #require(first["eventsEarlier"] as? String)
            let back = try await client.api(.get, "\(read)?earlier=\(earlier)", token: ana.token)
            #expect(Self.texts(back).contains("Kind 0\"") && Self.texts(back).contains("Kind 1\""))
            #expect((back["events"] as? [Any])?.count == 2 && back["eventsEarlier"] == nil)
            #expect((back["notes"] as? [Any])?.count == ListLimit.clinicianNotes, "the other lists start again")
            let notesEarlier = try #require(first["notesEarlier"] as? String)
            let oldest = try await client.api(.get, "\(read)?earlier=\(notesEarlier)", token: ana.token)
            #expect((oldest["notes"] as? [[String: Any]])?.map { $0["text"] as? String } == ["Note 0"])

            // A cursor that is not one of ours is refused before anything is written to their record.
            let looks = try await Self.looks(client, base, alice)
            #expect(looks == 3)
            #expect(try await client.api(.get, "\(read)?earlier=nonsense", token: ana.token).status == .badRequest)
            #expect(try await Self.looks(client, base, alice) == looks)

            // The page shows as many, newest first, and pages back within the report's days.
            let browser = TestBrowser(client)
            _ = try await browser.post("/login", ["email": "ana@example.org", "password": "a long enough password"])
            let today = Day(server.clock.now())
            let page = try await browser.get("/clients/\(couple)?from=\(today)").html
            #expect(page.contains("Kind \(ListLimit.clientSteps + 1)<") && !page.contains("Kind 1<"))
            let link = try #require(
                page.firstMatch(of: /href="(\/clients\/[^"?]+\?from=[0-9-]+&amp;earlier=events\.[0-9]+)"/)?.1)
            let earlierPage = try await browser.get(String(link).replacingOccurrences(of: "&amp;", with: "&")).html
            #expect(earlierPage.contains("Kind 0<") && earlierPage.contains("Back to the newest"))
        }
    }

    @Test func endlessClaimsOfASafeBehaviourWaitTheNewestFewOnTheTrustPage() async throws {
        let server = try TestServer(writeLimit: WriteLimit(burst: 1000, perMinute: 1000))
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let area = try #require(
                (try await client.api(.get, base, token: alice.token)["areas"] as? [[String: Any]])?.first?["id"]
                    as? String)
            let named = try await client.api(
                .post, "\(base)/safe-behaviours", token: alice.token,
                json: ["areaId": area, "what": "Ask about my day"])
            let behaviour = try #require((named["named"] as? [[String: Any]])?.first?["id"] as? String)
            for index in 0..<(ListLimit.moments + 3) {
                let claimed = try await client.api(
                    .post, "\(base)/safe-behaviours/\(behaviour)/happened", token: bob.token,
                    json: ["word": "Claim \(index)"])
                #expect(claimed.status == .created)
            }
            let browser = TestBrowser(client)
            _ = try await browser.post("/login", ["email": "alice@example.org", "password": "a long enough password"])
            let page = try await browser.get("/trust").html
            #expect(page.matches(of: /class="confirm-moment"/).count == ListLimit.moments)
            #expect(page.contains("Claim \(ListLimit.moments + 2)") && !page.contains("Claim 2\u{201D}"))
            #expect(page.contains("3 earlier ones wait behind these."))
        }
    }

    /// The events of a clinician's read, as JSON text.
    private static func texts(_ answer: APIAnswer) -> String {
        let events = answer["events"] as? [Any] ?? []
        return String(decoding: (try? JSONSerialization.data(withJSONObject: events)) ?? Data(), as: UTF8.self)
    }

    /// How many reads the couple's record counts (each entry counts a day's reads), as `alice` sees it.
    private static func looks(_ client: some TestClientProtocol, _ base: String, _ alice: APIUser) async throws -> Int {
        let log = try await client.api(.get, "\(base)/clinicians", token: alice.token)["log"] as? [[String: Any]]
        return try #require(log).compactMap { $0["count"] as? Int }.reduce(0, +)
    }
}
