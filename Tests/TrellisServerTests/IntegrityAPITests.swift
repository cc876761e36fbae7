import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Becoming trustworthy through /api/v1")
struct IntegrityAPITests {
    /// Everything Alice can read about her couple, as raw JSON text.
    static func everythingAliceSees(_ client: any TestClientProtocol, _ couple: String, _ alice: APIUser) async throws
        -> [String]
    {
        let base = "/api/v1/couples/\(couple)"
        var seen: [String] = []
        for path in [
            base, "\(base)/events", "\(base)/events?after=0&afterPrivate=0", "\(base)/repair", "\(base)/integrity",
            "\(base)/fears", "\(base)/windows", "\(base)/signs", "\(base)/urges", "\(base)/ruptures", "\(base)/trust",
            "\(base)/news", "\(base)/hard-dates",
        ] {
            let answer = try await client.api(.get, path, token: alice.token)
            #expect(answer.status == .ok, "\(path)")
            seen.append(
                String(
                    decoding: try JSONSerialization.data(withJSONObject: answer.json, options: .sortedKeys),
                    as: UTF8.self))
        }
        return seen
    }

    @Test func entriesAreBoundedAndPageBackWithoutATraceOfPrivateOnes() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            for index in 0..<35 {
                let shared = try await client.api(
                    .post, "\(base)/noticings", token: bob.token, json: ["what": "Kind \(index)", "shared": true])
                #expect(shared.status == .created)
                // The write's answer is bounded too.
                #expect((shared["myEntries"] as? [[String: Any]])?.count ?? 0 <= 30)
            }
            let before = try await Self.everythingAliceSees(client, couple, alice)
            for index in 0..<5 {
                _ = try await client.api(.post, "\(base)/journal", token: bob.token, json: ["text": "Alone \(index)"])
            }
            // Bob's private entries move no cursor of Alice's: her answers are byte for byte the same.
            #expect(try await Self.everythingAliceSees(client, couple, alice) == before)

            let first = try await client.api(.get, "\(base)/integrity", token: alice.token)
            let shown = try #require(first["sharedWithMe"] as? [[String: Any]])
            #expect(shown.count == 30 && shown.first?["text"] as? String == "Kind 34")
            let earlier = try #require(first["entriesEarlier"] as? String)
            let back = try await client.api(.get, "\(base)/integrity?earlier=\(earlier)", token: alice.token)
            let rest = try #require(back["sharedWithMe"] as? [[String: Any]])
            #expect(rest.compactMap { $0["text"] as? String } == (0..<5).reversed().map { "Kind \($0)" })
            #expect(back["entriesEarlier"] == nil)
            let bad = try await client.api(.get, "\(base)/integrity?earlier=entries", token: alice.token)
            #expect(bad.status == .badRequest)
        }
    }

    @Test func privateEntriesLeaveNoTraceForThePartner() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let before = try await Self.everythingAliceSees(client, couple, alice)

            let journal = try await client.api(
                .post, "\(base)/journal", token: bob.token, json: ["text": "Juniper-journal"])
            #expect(journal.status == .created)
            let noticing = try await client.api(
                .post, "\(base)/noticings", token: bob.token, json: ["what": "Juniper-noticed"])
            #expect(noticing.status == .created)
            let door = try await client.api(
                .post, "\(base)/sliding-doors", token: bob.token, json: ["toward": false, "what": "Juniper-door"])
            #expect(door.status == .created)

            // Not the text, not a count, not a sequence number: Alice's answers are byte for byte the same.
            #expect(try await Self.everythingAliceSees(client, couple, alice) == before)
            let bytes = try server.databaseBytes()
            #expect(bytes.range(of: Data("Juniper".utf8)) == nil)

            let entries = try #require(door["myEntries"] as? [[String: Any]])
            #expect(entries.count == 3)
            for entry in entries {
                let id = try #require(entry["id"] as? String)
                let share = try await client.api(.post, "\(base)/entries/\(id)/share", token: alice.token, json: [:])
                #expect(share.status == .notFound)
                let edit = try await client.api(
                    .put, "\(base)/journal/\(id)", token: alice.token, json: ["text": "mine"])
                #expect(edit.status == .notFound)
            }
            #expect(try await Self.everythingAliceSees(client, couple, alice) == before)

            // Once Bob shares the noticing, Alice sees it as an appreciation.
            let noticed = try #require(entries.first { $0["kind"] as? String == "noticing" }?["id"] as? String)
            #expect(
                try await client.api(.post, "\(base)/entries/\(noticed)/share", token: bob.token, json: [:]).status
                    == .ok)
            let integrity = try await client.api(.get, "\(base)/integrity", token: alice.token)
            #expect(
                (integrity["sharedWithMe"] as? [[String: Any]])?.map { $0["text"] as? String } == ["Juniper-noticed"])
        }
    }

    @Test func badPracticeInputIsRefusedAndChangesNothing() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (_, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            _ = try await client.api(.post, "\(base)/journal", token: bob.token, json: ["text": "First"])
            let head = try await client.api(.get, "\(base)/events", token: bob.token)

            let tomorrow = Calendar(identifier: .gregorian).date(byAdding: .day, value: 2, to: server.clock.now())!
            let future = ISO8601DateFormatter.string(from: tomorrow, timeZone: .gmt, formatOptions: .withFullDate)
            let refusals: [(String, HTTPRequest.Method, String, [String: Any], HTTPResponse.Status)] = [
                ("empty noticing", .post, "\(base)/noticings", ["what": " "], .unprocessableContent),
                (
                    "over-long noticing", .post, "\(base)/noticings", ["what": String(repeating: "a", count: 2001)],
                    .unprocessableContent
                ),
                (
                    "journal in the future", .post, "\(base)/journal", ["text": "x", "day": future],
                    .unprocessableContent
                ),
                ("second journal today", .post, "\(base)/journal", ["text": "Again"], .conflict),
                ("feedback to oneself", .post, "\(base)/feedback", ["to": bob.id, "text": "x"], .unprocessableContent),
                ("wrong type", .post, "\(base)/sliding-doors", ["toward": "yes", "what": "x"], .badRequest),
            ]
            for (what, method, path, body, status) in refusals {
                let answer = try await client.api(method, path, token: bob.token, json: body)
                #expect(answer.status == status, "\(what): \(answer.status) \(answer.errorMessage ?? "")")
                #expect(answer.errorCode != nil, "\(what)")
            }
            let after = try await client.api(.get, "\(base)/events", token: bob.token)
            #expect(after["seq"] as? Int == head["seq"] as? Int)
            #expect(after["privateSeq"] as? Int == head["privateSeq"] as? Int)
        }
    }

    @Test func feedbackIsPausedOnAndNamedBack() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let settings = try await client.api(
                .put, "/api/v1/me/settings", token: bob.token, json: ["pauseSeconds": 5])
            #expect(settings["pauseSeconds"] as? Int == 5)
            let badZone = try await client.api(
                .put, "/api/v1/me/settings", token: bob.token, json: ["timeZone": "Nowhere/Land"])
            #expect(badZone.status == .unprocessableContent)
            #expect(badZone.errorField == "timeZone")

            let given = try await client.api(
                .post, "\(base)/feedback", token: alice.token, json: ["to": bob.id, "text": "You interrupt me"])
            let id = try #require((given["feedbackFromMe"] as? [[String: Any]])?.first?["id"] as? String)
            let feedback = "\(base)/feedback/\(id)"
            let early = try await client.api(.post, "\(feedback)/reflection", token: bob.token, json: ["text": "x"])
            #expect(early.errorCode == "pause_first")
            #expect(
                try await client.api(.post, "\(feedback)/reflection", token: alice.token, json: ["text": "x"]).status
                    == .forbidden)
            #expect(try await client.api(.post, "\(feedback)/pause", token: bob.token, json: [:]).status == .ok)
            let soon = try await client.api(.post, "\(feedback)/reflection", token: bob.token, json: ["text": "x"])
            #expect(soon.errorCode == "still_pausing")
            server.clock.advance(by: 6)
            let named = try await client.api(
                .post, "\(feedback)/reflection", token: bob.token, json: ["text": "I talk over you"])
            #expect(named.status == .ok)
            #expect(
                try await client.api(.post, "\(feedback)/mark", token: bob.token, json: ["landed": true]).status
                    == .forbidden)
            let marked = try await client.api(.post, "\(feedback)/mark", token: alice.token, json: ["landed": true])
            #expect((marked["feedbackFromMe"] as? [[String: Any]])?.first?["landed"] as? Bool == true)
        }
    }
}
