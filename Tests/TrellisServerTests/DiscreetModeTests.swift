import Foundation
import HummingbirdTesting
import Testing
import TrellisCore
import TrellisLanguage
import TrellisServer

/// Discreet mode: a plain name and icon for the tab and the installed app, and a calendar feed
/// whose events say only "Reminder", with none of the action's words and no "Trellis" at all;
/// turned off, the feed keeps its titles, at the same address.
@Suite("Discreet mode")
struct DiscreetModeTests {
    @Test func theCalendarSaysOnlyReminderAndTheTabAPlainName() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple, area) = try await RepairAPITests.pairedWithHonesty(client)
            let requested = try await RepairAPITests.requestDaily(client, couple, area, alice, "Tell Maya before $50")
            let action = try #require(
                ((requested["repair"] as? [String: Any])?["asked"] as? [[String: Any]])?.first?["id"] as? String)
            _ = try await client.api(.post, "/api/v1/couples/\(couple)/actions/\(action)/accept", token: bob.token)
            let feed = try await client.api(.post, "/api/v1/calendar-feed", token: bob.token)
            let path = String(try #require(feed["url"] as? String).dropFirst(TestServer.publicURL.count))
            func calendar() async throws -> String {
                try await client.execute(uri: path, method: .get) { String(buffer: $0.body) }
            }
            #expect(try await calendar().contains("SUMMARY:Tell Maya before $50"))

            let discreet = try await client.api(
                .put, "/api/v1/me/phone-privacy", token: bob.token, json: ["look": "notes"])
            #expect(discreet.status == .ok && discreet["look"] as? String == "notes")
            let quiet = try await calendar()
            #expect(!quiet.contains("Tell Maya") && !quiet.contains("$50") && !quiet.contains("Evening journal"))
            #expect(!quiet.lowercased().contains("trellis"), "no word of the app either")
            let summaries = quiet.components(separatedBy: "\r\n").filter { $0.hasPrefix("SUMMARY:") }
            #expect(summaries.count == 58 && Set(summaries) == ["SUMMARY:Reminder"])

            let web = TestBrowser(client)
            _ = try await web.get("/login")
            _ = try await web.post("/login", ["email": "bob@example.org", "password": "a long enough password"])
            let home = try await web.get("/home").html
            #expect(home.contains("<title>Notes</title>") && home.contains(#"href="/manifest-notes-en.webmanifest""#))
            #expect(!home.contains("<title>Trellis") && !home.contains(#"class="brand" href="/">Trellis"#))
            let manifest = { (path: String) in
                try await client.execute(uri: path, method: .get) { String(buffer: $0.body) }
            }
            #expect(try await manifest("/manifest-notes-en.webmanifest").contains(#""name": "Notes""#))
            #expect(!(try await manifest("/manifest-notes-en.webmanifest").contains("Trellis")))
            // Named in the member's language: the installed app's name is on the home screen.
            _ = try await web.post("/settings/language", ["language": "de"])
            #expect(try await web.get("/home").html.contains(#"href="/manifest-notes-de.webmanifest""#))
            let german = try await manifest("/manifest-notes-de.webmanifest")
            #expect(german.contains(#""name": "\#(Say.$language.withValue(.german) { DiscreetLook.notes.name })""#))
            #expect(!german.contains("Notes"))

            _ = try await client.api(.put, "/api/v1/me/phone-privacy", token: bob.token, json: ["look": ""])
            #expect(try await calendar().contains("SUMMARY:Tell Maya before $50"), "off again, the same address")
        }
    }
}
