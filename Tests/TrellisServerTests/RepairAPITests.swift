import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Repairing trust through /api/v1")
struct RepairAPITests {
    static func honesty(_ client: any TestClientProtocol, _ couple: String, _ user: APIUser) async throws -> String {
        let view = try await client.api(.get, "/api/v1/couples/\(couple)", token: user.token)
        return try #require(
            (view["areas"] as? [[String: Any]])?.first { $0["name"] as? String == "Honesty" }?["id"] as? String)
    }

    /// A paired couple and the id of its Honesty area.
    static func pairedWithHonesty(_ client: any TestClientProtocol) async throws -> (APIUser, APIUser, String, String) {
        let (alice, bob, couple) = try await client.pairedCouple()
        return (alice, bob, couple, try await honesty(client, couple, alice))
    }

    static func requestDaily(
        _ client: any TestClientProtocol, _ couple: String, _ area: String, _ asker: APIUser, _ what: String
    ) async throws -> APIAnswer {
        try await client.api(
            .post, "/api/v1/couples/\(couple)/actions", token: asker.token,
            json: ["areaId": area, "what": what, "cadence": ["kind": "daily"]])
    }

    @Test func aPrivateHurtNeverReachesThePartner() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple, area) = try await Self.pairedWithHonesty(client)
            let base = "/api/v1/couples/\(couple)"
            #expect(
                try await client.api(.put, "\(base)/areas/\(area)/switch", token: alice.token, json: ["on": false])
                    .status == .ok)
            let secret = "Kestrel-secret-about-the-bank-card"
            let hurt = try await client.api(
                .post, "\(base)/areas/\(area)/hurts", token: alice.token,
                json: ["what": secret, "help": "Show me the statements", "private": true])
            #expect(hurt.status == .created)

            for path in ["\(base)/repair", "\(base)/events", base] {
                let answer = try await client.api(.get, path, token: bob.token)
                let raw = try JSONSerialization.data(withJSONObject: answer.json)
                #expect(
                    String(decoding: raw, as: UTF8.self).contains(secret) == false, "\(path) shows the private hurt")
            }
            // Bob sees Alice's switch off, and her private entry leaves no gap in his numbering.
            let bobRepair = try await client.api(.get, "\(base)/repair", token: bob.token)
            let honesty = try #require(
                (bobRepair["areas"] as? [[String: Any]])?.first { $0["areaId"] as? String == area })
            #expect((honesty["partnerSwitch"] as? [String: Any])?["on"] as? Bool == false)
            let feed = try await client.api(.get, "\(base)/events", token: bob.token)
            let seqs = try #require((feed["events"] as? [[String: Any]])?.compactMap { $0["seq"] as? Int })
            #expect(seqs == Array(1...seqs.count))
            #expect(try await client.api(.get, "\(base)/repair", token: alice.token).json.description.contains(secret))
            let bytes = try server.databaseBytes()
            #expect(bytes.range(of: Data(secret.utf8)) == nil)
        }
    }

    @Test func askingAndAnsweringTheTwoQuestions() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple, area) = try await Self.pairedWithHonesty(client)
            let base = "/api/v1/couples/\(couple)"
            _ = try await client.api(.put, "\(base)/areas/\(area)/switch", token: alice.token, json: ["on": false])
            let asked = try await client.api(
                .post, "\(base)/areas/\(area)/questions", token: bob.token, json: ["kind": "whatCanIDo"])
            #expect(asked.status == .created)
            let again = try await client.api(
                .post, "\(base)/areas/\(area)/questions", token: bob.token, json: ["kind": "whatHappened"])
            #expect(again.status == .conflict)
            #expect(again.errorCode == "question_open")
            let question = try #require(
                ((asked["areas"] as? [[String: Any]])?.first { $0["areaId"] as? String == area }?["questions"]
                    as? [[String: Any]])?.first?["id"] as? String)
            let byAsker = try await client.api(
                .post, "\(base)/questions/\(question)/answer", token: bob.token, json: ["answer": "x"])
            #expect(byAsker.status == .forbidden)
            let answered = try await client.api(
                .post, "\(base)/questions/\(question)/answer", token: alice.token, json: ["answer": "Tell me first"])
            #expect(answered.status == .ok)
        }
    }

    @Test func fourActionsAFifthIsRefusedAndTheLogIsUnchanged() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple, area) = try await Self.pairedWithHonesty(client)
            for index in 1...4 {
                let answer = try await Self.requestDaily(client, couple, area, alice, "Text me at stop \(index)")
                #expect(answer.status == .created)
            }
            let vague = (try await Self.requestDaily(client, couple, area, bob, "Always be better")).json
            #expect((vague["wordingNotes"] as? [String])?.isEmpty == false)
            let head = try await client.logHead(couple, as: alice)
            let fifth = try await Self.requestDaily(client, couple, area, alice, "A fifth thing")
            #expect(fifth.status == .conflict)
            #expect(fifth.errorCode == "four_actions_already")
            #expect(fifth.errorMessage?.contains("Four clear actions") == true)
            #expect(try await client.logHead(couple, as: alice) == head)
        }
    }

    @Test func followThroughReportsAndAcknowledgmentsKeepToTheirOwners() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple, area) = try await Self.pairedWithHonesty(client)
            let base = "/api/v1/couples/\(couple)"
            let requested = try await Self.requestDaily(client, couple, area, alice, "Call me at lunch")
            let action = try #require(
                ((requested["repair"] as? [String: Any])?["asked"] as? [[String: Any]])?.first?["id"] as? String)
            let today = try #require((requested["repair"] as? [String: Any])?["today"] as? String)
            let report = "\(base)/actions/\(action)/occurrences/\(today)/report"

            let early = try await client.api(.post, report, token: bob.token, json: ["outcome": "done"])
            #expect(early.status == .conflict)
            #expect(early.errorCode == "action_not_active")
            #expect(
                try await client.api(.post, "\(base)/actions/\(action)/accept", token: alice.token).status == .forbidden
            )
            #expect(try await client.api(.post, "\(base)/actions/\(action)/accept", token: bob.token).status == .ok)
            #expect(
                try await client.api(.post, report, token: alice.token, json: ["outcome": "done"]).status == .forbidden)
            // A report made by mistake is taken back by its doer alone, and can then be made again.
            #expect(try await client.api(.post, report, token: bob.token, json: ["outcome": "missed"]).status == .ok)
            let withdraw = "\(base)/actions/\(action)/occurrences/\(today)/withdraw"
            #expect(try await client.api(.post, withdraw, token: alice.token).status == .forbidden)
            let withdrawn = try await client.api(.post, withdraw, token: bob.token)
            #expect(withdrawn.status == .ok)
            let reopened = (((withdrawn["askedOfMe"] as? [[String: Any]])?.first?["recent"]) as? [[String: Any]])?.last
            #expect(reopened?["state"] as? String == "not_reported")
            #expect(try await client.api(.post, withdraw, token: bob.token).errorCode == "not_reported")
            #expect(try await client.api(.post, report, token: bob.token, json: ["outcome": "done"]).status == .ok)
            let acknowledge = "\(base)/actions/\(action)/occurrences/\(today)/acknowledge"
            #expect(try await client.api(.post, acknowledge, token: bob.token, json: [:]).status == .forbidden)
            let noticed = try await client.api(.post, acknowledge, token: alice.token, json: ["word": "Thank you"])
            #expect(noticed.status == .ok)
            let occurrence = (((noticed["asked"] as? [[String: Any]])?.first?["recent"]) as? [[String: Any]])?.last
            #expect(occurrence?["state"] as? String == "done")
            #expect((occurrence?["acknowledged"] as? [String: Any])?["text"] as? String == "Thank you")
            #expect(occurrence?["reportedAt"] is String)
            #expect(try await client.api(.post, withdraw, token: bob.token).errorCode == "report_answered")
            let badDay = try await client.api(
                .post, "\(base)/actions/\(action)/occurrences/not-a-day/report", token: bob.token,
                json: ["outcome": "done"])
            #expect(badDay.status == .badRequest)
        }
    }

    @Test func theCalendarFeedListsMyActionsAndDiesWhenRevoked() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple, area) = try await Self.pairedWithHonesty(client)
            let requested = try await Self.requestDaily(client, couple, area, alice, "Call me, at lunch; please")
            let action = try #require(
                ((requested["repair"] as? [String: Any])?["asked"] as? [[String: Any]])?.first?["id"] as? String)
            _ = try await client.api(.post, "/api/v1/couples/\(couple)/actions/\(action)/accept", token: bob.token)

            let feed = try await client.api(.post, "/api/v1/calendar-feed", token: bob.token)
            #expect(feed.status == .created)
            let url = try #require(feed["url"] as? String)
            let path = String(url.dropFirst(TestServer.publicURL.count))
            let calendar = try await client.execute(uri: path, method: .get) { $0 }
            #expect(calendar.status == .ok)
            #expect(calendar.headers[.contentType]?.hasPrefix("text/calendar") == true)
            let text = String(buffer: calendar.body)
            #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(text.hasSuffix("END:VCALENDAR\r\n"))
            let events = text.components(separatedBy: "BEGIN:VEVENT").dropFirst()
            let actions = events.filter { $0.contains(#"SUMMARY:Call me\, at lunch\; please"#) }
            #expect(actions.count == 29)  // accepted today, daily: today and the 28 days after it
            #expect(actions.allSatisfy { $0.contains("DTSTART;VALUE=DATE:") })
            let journal = events.filter { $0.contains("SUMMARY:Evening journal") }
            #expect(journal.count == 29)
            #expect(journal.allSatisfy { $0.contains("T200000\r\n") })  // the default evening hour, 20:00

            // Alice does not do this action: her own feed has only her journal reminders.
            let aliceFeed = try await client.api(.post, "/api/v1/calendar-feed", token: alice.token)
            let alicePath = String((aliceFeed["url"] as! String).dropFirst(TestServer.publicURL.count))
            let aliceText = try await client.execute(uri: alicePath, method: .get) { String(buffer: $0.body) }
            #expect(!aliceText.contains("Call me"))

            #expect(try await client.api(.delete, "/api/v1/calendar-feed", token: bob.token).status == .noContent)
            #expect(try await client.execute(uri: path, method: .get) { $0.status } == .notFound)
        }
    }
}

@Suite("Repair on each member's own day")
struct RepairTimeZoneTests {
    @Test func anActionAcceptedInTheEveningCountsFromTheDoersOwnDay() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple, area) = try await RepairAPITests.pairedWithHonesty(client)
            let zone = try await client.api(
                .put, "/api/v1/me/settings", token: bob.token, json: ["timeZone": "America/Los_Angeles"])
            #expect(zone.status == .ok)
            // 04:00 UTC on the 16th is 20:00 on the 15th in Los Angeles.
            server.clock.advance(by: 20 * 3600)
            let requested = try await RepairAPITests.requestDaily(client, couple, area, alice, "Call me at lunch")
            let action = try #require(
                ((requested["repair"] as? [String: Any])?["asked"] as? [[String: Any]])?.first?["id"] as? String)
            let accepted = try await client.api(
                .post, "/api/v1/couples/\(couple)/actions/\(action)/accept", token: bob.token)
            let bobToday = try #require(accepted["today"] as? String)
            #expect(bobToday.hasSuffix("-15"))
            let report = try await client.api(
                .post, "/api/v1/couples/\(couple)/actions/\(action)/occurrences/\(bobToday)/report", token: bob.token,
                json: ["outcome": "done"])
            #expect(report.status == .ok, "\(report.errorMessage ?? "")")

            // The event feed shows the step's pinned form: its kind and named fields, nothing nested.
            let feed = try await client.api(.get, "/api/v1/couples/\(couple)/events", token: alice.token)
            let last = try #require((feed["events"] as? [[String: Any]])?.last)
            #expect(last["kind"] as? String == "occurrenceReported")
            let payload = try #require(last["payload"] as? [String: Any])
            #expect(Set(payload.keys) == ["kind", "action", "day", "outcome"])
            #expect(payload["kind"] as? String == "occurrenceReported")
            #expect(payload["day"] as? String == bobToday)
            #expect(payload["outcome"] as? String == "done")
        }
    }
}
