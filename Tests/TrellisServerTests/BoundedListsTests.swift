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
}
