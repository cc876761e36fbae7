import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Leaving safely, in the pages")
struct LeavingPageTests {
    @Test func everyTabSaysOnlyTrellisAndEveryPageHasAQuickExit() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _) = try await WebPageTests.pairedBrowsers(client)
            for path in ["/home", "/settings", "/urges", "/window", "/settings/export", "/settings/close"] {
                let page = try await alice.get(path)
                #expect(page.status == .ok, "\(path)")
                #expect(page.html.contains("<title>Trellis</title>"), "\(path)")
                #expect(page.html.contains(#"id="quick-exit""#), "\(path)")
            }
            #expect(try await TestBrowser(client).get("/login").html.contains(#"id="quick-exit""#))
        }
    }

    @Test func theReadableExportHoldsMyPrivateWordsAndNotMyPartners() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            _ = try await alice.post("/integrity/journal", ["text": "Aubergine-evening"])
            _ = try await bob.post("/integrity/journal", ["text": "Blackcurrant-evening"])
            let mine = try await alice.get("/settings/export").html
            #expect(mine.contains("Aubergine-evening") && !mine.contains("Blackcurrant-evening"))
            #expect(mine.contains("Journal written") && !mine.contains("bob@example.org"))
            let file = try await alice.get("/settings/export.json")
            #expect(file.headers[.contentDisposition]?.hasPrefix("attachment") == true)
            #expect(file.html.contains("Aubergine-evening") && !file.html.contains("Blackcurrant-evening"))
        }
    }

    @Test func closingAsksForThePasswordOnceAndThePartnerKeepsTheRecord() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            #expect(try await alice.get("/settings/export").html.contains("<li>Bob, since"))
            #expect(try await bob.get("/settings/close").html.contains("cannot be undone"))
            let wrong = try await bob.post("/settings/close", ["password": "not my password"])
            #expect(wrong.status == .unprocessableContent && wrong.html.contains("not your current password"))
            #expect(try await bob.get("/settings").status == .ok)

            let closed = try await bob.post("/settings/close", ["password": "a long enough password"])
            #expect(closed.location == "/closed")
            #expect(try await bob.get("/settings").location?.hasPrefix("/login") == true)
            #expect(try await alice.get("/home").html.contains("Your partner has left"))
            let record = try await alice.get("/settings/export").html
            #expect(record.contains("<li>a former partner (left)") && !record.contains("<li>Bob"))
        }
    }
}
