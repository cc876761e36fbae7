import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Owning your data: export, closing an account, name and email, resets")
struct LeavingAPITests {
    @Test func eachExportHoldsTheSharedRecordAndOnlyItsOwnersPrivateEntries() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            _ = try await client.api(.post, "\(base)/journal", token: alice.token, json: ["text": "Aubergine-night"])
            _ = try await client.api(.post, "\(base)/journal", token: bob.token, json: ["text": "Blackcurrant-night"])
            _ = try await client.api(.post, "\(base)/areas", token: bob.token, json: ["name": "Shared-Clementine"])

            for (me, mine, theirs, theirEmail) in [
                (alice, "Aubergine-night", "Blackcurrant-night", "bob@example.org"),
                (bob, "Blackcurrant-night", "Aubergine-night", "alice@example.org"),
            ] {
                let bytes = try await client.execute(
                    uri: "/api/v1/me/export", method: .get, headers: [.authorization: "Bearer \(me.token)"]
                ) { Data($0.body.readableBytesView) }
                for (word, present) in [
                    (mine, true), ("Shared-Clementine", true), (theirs, false), (theirEmail, false),
                ] {
                    #expect((bytes.range(of: Data(word.utf8)) != nil) == present, "\(word) in \(me.name)'s export")
                }
                // The export's events are exactly the member's event feed.
                let export = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
                let events = try #require((export["couple"] as? [String: Any])?["events"] as? [[String: Any]])
                let feed = try await client.api(.get, "\(base)/events?limit=1000", token: me.token)
                let feedEvents = try #require(feed["events"] as? [[String: Any]])
                #expect(events.map { $0["seq"] as? Int } == feedEvents.map { $0["seq"] as? Int })
                #expect(events.map { $0["kind"] as? String } == feedEvents.map { $0["kind"] as? String })
                #expect(export["format"] as? String == "trellis-export-1")
            }
        }
    }

    @Test func closingNeedsThePasswordThenLeavesTheRecordWithThePartnerUnderAFormerPartner() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let wrong = try await client.api(
                .post, "/api/v1/me/close", token: bob.token, json: ["password": "not it at all"])
            #expect(wrong.status == .unprocessableContent && wrong.errorField == "password")
            #expect(try await client.api(.get, "/api/v1/me", token: bob.token).status == .ok)

            let closed = try await client.api(
                .post, "/api/v1/me/close", token: bob.token, json: ["password": "a long enough password"])
            #expect(closed.status == .noContent)
            #expect(try await client.api(.get, "/api/v1/me", token: bob.token).status == .unauthorized)
            let view = try await client.api(.get, "/api/v1/couples/\(couple)", token: alice.token)
            #expect(view.status == .ok)
            #expect(view["partnerLeft"] as? Bool == true)
            let names = try await client.execute(
                uri: "/api/v1/me/export", method: .get, headers: [.authorization: "Bearer \(alice.token)"]
            ) { String(buffer: $0.body) }
            #expect(names.contains("a former partner") && !names.contains("\"Bob\""))

            // The email is free again, for someone new with nothing of the old.
            let again = try await client.signUp("Bob")
            #expect(again.id != bob.id)
            let me = try await client.api(.get, "/api/v1/me", token: again.token)
            #expect((me["account"] as? [String: Any])?["coupleId"] is NSNull)
        }
    }

    @Test func aNewNameReachesThePartnerAndATakenEmailChangesNothing() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let taken = try await client.api(
                .put, "/api/v1/me/profile", token: bob.token,
                json: ["name": "Robert", "email": "alice@example.org", "password": "a long enough password"])
            #expect(taken.status == .conflict && taken.errorCode == "email_taken")
            let unchanged = try await client.api(
                .put, "/api/v1/me/profile", token: bob.token,
                json: ["name": "Robert", "email": "rob@example.org", "password": "wrong password here"])
            #expect(unchanged.status == .unprocessableContent)
            #expect(
                ((try await client.api(.get, "/api/v1/me", token: bob.token))["account"] as? [String: Any])?["name"]
                    as? String == "Bob")

            let changed = try await client.api(
                .put, "/api/v1/me/profile", token: bob.token,
                json: ["name": "Robert", "email": "rob@example.org", "password": "a long enough password"])
            #expect(changed.status == .ok)
            let members = try #require(
                (try await client.api(.get, "/api/v1/couples/\(couple)", token: alice.token))["members"]
                    as? [[String: Any]])
            #expect(members.compactMap { $0["name"] as? String }.sorted() == ["Alice", "Robert"])
            #expect(
                try await client.api(
                    .post, "/api/v1/sessions", json: ["email": "rob@example.org", "password": "a long enough password"]
                ).status == .created)
        }
    }

    @Test func anOperatorsResetLinkWorksOnceAndLogsEveryDeviceOut() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = try await client.signUp("Sam")
            let tools = try server.operatorTools()
            let link = try await tools.resetLink(email: "SAM@example.org", publicURL: TestServer.publicURL)
            let path = String(link.dropFirst(TestServer.publicURL.count))
            let browser = TestBrowser(client)
            #expect(try await browser.get(path).status == .ok)
            let weak = try await browser.post(path, ["newPassword": "short"])
            #expect(weak.status == .unprocessableContent)
            let done = try await browser.post(path, ["newPassword": "a brand new long password"])
            #expect(done.status == .found)
            #expect(try await client.api(.get, "/api/v1/me", token: sam.token).status == .unauthorized)
            #expect(
                try await client.api(
                    .post, "/api/v1/sessions",
                    json: ["email": "sam@example.org", "password": "a brand new long password"]
                ).status == .created)
            #expect(try await browser.get(path).status == .gone)
            await #expect(throws: OperatorError.self) {
                try await tools.resetLink(email: "nobody@example.org", publicURL: TestServer.publicURL)
            }
        }
    }

    @Test func anOperatorsExportIsShownToTheMember() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = try await client.signUp("Sam")
            let file = server.directory.appendingPathComponent("sam-export.json").path
            _ = try await server.operatorTools().export(
                email: "sam@example.org", to: file)
            let written =
                try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any]
            #expect((written?["account"] as? [String: Any])?["email"] as? String == "sam@example.org")
            let export = try await client.api(.get, "/api/v1/me/export", token: sam.token)
            #expect((export["operatorExports"] as? [Any])?.count == 1)
            await #expect(throws: OperatorError.self) {
                try await server.operatorTools().export(
                    email: "sam@example.org", to: file)
            }
        }
    }

    /// The export holds the couple's shared record, so both partners see it in the access log.
    @Test func anOperatorsExportOfAPartnerIsInTheCouplesAccessLog() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let file = server.directory.appendingPathComponent("bob-export.json").path
            _ = try await server.operatorTools().export(
                email: "bob@example.org", to: file)
            let log = try await client.api(.get, "/api/v1/couples/\(couple)/clinicians", token: alice.token)["log"]
            let entry = try #require((log as? [[String: Any]])?.first)
            #expect(entry["reader"] as? String == "operator" && entry["memberId"] as? String == bob.id)
            let browser = TestBrowser(client)
            _ = try await browser.post("/login", ["email": "alice@example.org", "password": "a long enough password"])
            #expect(try await browser.get("/help").html.contains("Whoever runs this Trellis exported Bob&#39;s data"))
        }
    }
}

extension LeavingAPITests {
    /// A person leaving safely often leaves first and takes their record after: their export still
    /// holds the couple as it was until they left, with their own private entries, and nothing
    /// written after (it once answered `couple: null` and nothing else).
    @Test func aMemberWhoLeftExportsTheCoupleUpToTheirLeaving() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            _ = try await client.api(.post, "\(base)/journal", token: alice.token, json: ["text": "Aubergine-night"])
            _ = try await client.api(.post, "\(base)/journal", token: bob.token, json: ["text": "Blackcurrant-night"])
            _ = try await client.api(.post, "\(base)/areas", token: bob.token, json: ["name": "Before-Clementine"])
            #expect(try await client.api(.post, "\(base)/leave", token: alice.token).status == .ok)
            _ = try await client.api(.post, "\(base)/areas", token: bob.token, json: ["name": "After-Damson"])

            let bytes = try await client.execute(
                uri: "/api/v1/me/export", method: .get, headers: [.authorization: "Bearer \(alice.token)"]
            ) { Data($0.body.readableBytesView) }
            for (word, present) in [
                ("Aubergine-night", true), ("Before-Clementine", true), ("Blackcurrant-night", false),
                ("After-Damson", false), ("bob@example.org", false),
            ] {
                #expect((bytes.range(of: Data(word.utf8)) != nil) == present, "\(word) in Alice's export")
            }
            let export = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
            #expect(export["couple"] is NSNull)
            let former = try #require(export["formerCouples"] as? [[String: Any]])
            #expect(former.count == 1 && former.first?["id"] as? String == couple)
            let kinds = (former.first?["events"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
            #expect(kinds?.last == "memberLeft", "up to and with her leaving")
            let members = former.first?["members"] as? [[String: Any]]
            #expect(members?.contains { $0["isMe"] as? Bool == true && $0["left"] as? Bool == true } == true)

            // Bob, still in it, has no former couple; an operator's export of Alice holds none.
            let bobs = try await client.api(.get, "/api/v1/me/export", token: bob.token)
            #expect((bobs["formerCouples"] as? [Any])?.isEmpty == true)
            let file = server.directory.appendingPathComponent("alice-export.json").path
            _ = try await server.operatorTools().export(
                email: "alice@example.org", to: file)
            let written = try Data(contentsOf: URL(fileURLWithPath: file))
            #expect(written.range(of: Data("Before-Clementine".utf8)) == nil)
        }
    }
}
