import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisCore
import TrellisServer

/// Private entries under each member's own key, through the running server: a recovery code once
/// at sign-up; what a partner waits to show is held sealed to the other, so revealing together and
/// joining a window work while the first partner is away; what runs without a session (calendar
/// feed, operator export) never needs the key; a reset seals the entries until the code is entered.
@Suite("Private entries under the member's own key")
struct PrivateEntriesTests {
    /// Sam signs up through the API: their session's token, and the recovery code shown once.
    static func signUp(_ client: some TestClientProtocol) async throws -> (token: String, code: String) {
        let answer = try await client.api(
            .post, "/api/v1/accounts",
            json: ["name": "Sam", "email": "sam@example.org", "password": "a long enough password"])
        return (
            try #require((answer["session"] as? [String: Any])?["token"] as? String),
            try #require(answer["recoveryCode"] as? String)
        )
    }

    @Test func signUpShowsARecoveryCodeOnceAndTheEntriesAreTheirs() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (token, code) = try await Self.signUp(client)
            #expect(code.count == 29 && code.split(separator: "-").count == 5)
            #expect(
                try await client.api(.get, "/api/v1/me/private-entries", token: token)["status"] as? String == "yours")
            let again = try await client.api(
                .post, "/api/v1/sessions", json: ["email": "sam@example.org", "password": "a long enough password"])
            #expect(again["recoveryCode"] == nil, "shown once")
            let wrong = try await client.api(.post, "/api/v1/me/recovery-code", token: token, json: ["password": "no"])
            #expect(wrong.errorField == "password")
            let renewed = try await client.api(
                .post, "/api/v1/me/recovery-code", token: token, json: ["password": "a long enough password"])
            let fresh = try #require(renewed["recoveryCode"] as? String)
            #expect(renewed.status == .created && fresh != code && fresh.count == 29)
        }
    }

    /// Alice is ready to reveal her fears, then logs out (her key is let go); Bob reveals his and
    /// sees hers in the same step, opened with his own key.
    @Test func fearsOpenTogetherAndAWindowsQuestionReachesThePartnerWhileTheFirstIsAway() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let money = try #require(
                try FearsAPITests.area("Money", in: try await client.api(.get, "\(base)/fears", token: bob.token))[
                    "areaId"]
                    as? String)
            for (who, fear) in [(alice, "Alice: that money is hidden"), (bob, "Bob: that I am not enough")] {
                _ = try await client.api(
                    .post, "\(base)/areas/\(money)/fears", token: who.token, json: ["what": fear, "why": "Before"])
            }
            _ = try await client.api(.post, "\(base)/areas/\(money)/fears/reveal-together", token: alice.token)
            let window = try await client.api(
                .post, "\(base)/windows", token: alice.token, json: ["question": "What did you tell her?"])
            let id = try #require((window["live"] as? [String: Any])?["id"] as? String)
            #expect(try await client.api(.delete, "/api/v1/sessions/current", token: alice.token).status == .noContent)

            let revealed = try await client.api(
                .post, "\(base)/areas/\(money)/fears/reveal-together", token: bob.token)
            #expect(revealed.status == .ok)
            let bobSees = try FearsAPITests.area(
                "Money", in: try await client.api(.get, "\(base)/fears", token: bob.token))
            #expect(String(describing: bobSees["partners"] ?? "").contains("Alice: that money is hidden"))
            let joined = try await client.api(.post, "\(base)/windows/\(id)/join", token: bob.token)
            #expect((joined["live"] as? [String: Any])?["question"] as? String == "What did you tell her?")
        }
    }

    /// A window's question is held for the partner only while the window waits for them: the asker
    /// leaving it first lets it go, as joining or declining does.
    @Test func aWindowsQuestionIsLetGoOnceTheWindowNoLongerWaits() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let (asker, partner) = (try #require(MemberID(alice.id)), try #require(MemberID(bob.id)))
            let window = try await client.api(
                .post, "/api/v1/couples/\(couple)/windows", token: alice.token, json: ["question": "Who was it?"])
            let id = try #require((window["live"] as? [String: Any])?["id"] as? String)
            func held() async throws -> Data? {
                try await server.storage.held(
                    from: asker, for: partner, in: try #require(CoupleID(couple)),
                    topic: "window:\(try #require(UUID(uuidString: id)))")
            }
            #expect(try await held() == Data("Who was it?".utf8), "sealed to Bob, whose session opened his key")
            let left = try await client.api(
                .post, "/api/v1/couples/\(couple)/windows/\(id)/leave", token: alice.token)
            #expect(left.status == .ok)
            #expect(try await held() == nil)
        }
    }

    /// A calendar feed and an operator's export run without the member's session: they work, and
    /// the export holds no private entry.
    @Test func whatRunsWithoutASessionNeverNeedsTheKey() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _, couple) = try await client.pairedCouple()
            _ = try await client.api(
                .post, "/api/v1/couples/\(couple)/journal", token: alice.token, json: ["text": "Pangolin: tonight"])
            let feed = try #require(
                try await client.api(.post, "/api/v1/calendar-feed", token: alice.token)["url"] as? String)
            _ = try await client.api(.delete, "/api/v1/sessions/current", token: alice.token)
            let calendar = try await client.execute(
                uri: String(feed.dropFirst(TestServer.publicURL.count)), method: .get
            ) { $0 }
            #expect(calendar.status == .ok)
            let file = server.directory.appendingPathComponent("alice-export.json").path
            _ = try await server.operatorTools().export(
                email: "alice@example.org", to: file)
            let written = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
            #expect(written.contains("\"events\"") && !written.contains("Pangolin"))
        }
    }

    /// An operator's reset link: the entries from before are sealed, what is written after is
    /// readable, and the recovery code brings the old ones back; a wrong code changes nothing.
    @Test func aResetSealsTheEntriesUntilTheRecoveryCodeIsEntered() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (sam, code) = try await Self.signUp(client)
            let couple = try #require(try await client.api(.post, "/api/v1/couples", token: sam)["id"] as? String)
            let journal = "/api/v1/couples/\(couple)/journal"
            _ = try await client.api(.post, journal, token: sam, json: ["text": "Axolotl: what I never said"])

            let link = try await server.operatorTools().resetLink(
                email: "sam@example.org", publicURL: TestServer.publicURL)
            let browser = TestBrowser(client)
            _ = try await browser.post(
                String(link.dropFirst(TestServer.publicURL.count)), ["newPassword": "a brand new long password"])
            let token = try await client.logIn("sam@example.org", password: "a brand new long password")
            let me = "/api/v1/me/private-entries"
            #expect(try await client.api(.get, me, token: token)["status"] as? String == "awaitingRecovery")
            func entries() async throws -> String {
                String(describing: try await client.api(.get, "/api/v1/couples/\(couple)/integrity", token: token).json)
            }
            let sealed = try await entries()
            #expect(!sealed.contains("Axolotl"))
            server.clock.advance(by: 86_400)
            let written = try await client.api(.post, journal, token: token, json: ["text": "Written after the reset"])
            #expect(written.status == .created)

            let wrong = try await client.api(
                .post, "/api/v1/me/recover", token: token,
                json: ["recoveryCode": "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "password": "a brand new long password"])
            #expect(wrong.errorField == "recoveryCode")
            #expect(try await client.api(.get, me, token: token)["status"] as? String == "awaitingRecovery")
            let recovered = try await client.api(
                .post, "/api/v1/me/recover", token: token,
                json: ["recoveryCode": code.lowercased(), "password": "a brand new long password"])
            #expect(recovered["status"] as? String == "yours")
            let after = try await entries()
            #expect(after.contains("Axolotl") && after.contains("Written after the reset"))
        }
    }

    /// Whoever resets Bob's password is not yet known to be Bob: what Alice waited to show him (her
    /// fears, her window's question) is refused until his recovery code, even while her own key is
    /// open here and after her next step; Alice is told, with the day. The code opens them again.
    @Test func aResetMemberReadsNothingKeptForThemUntilTheirRecoveryCode() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = try await client.signUp("Alice")
            let signedUp = try await client.api(
                .post, "/api/v1/accounts",
                json: ["name": "Bob", "email": "bob@example.org", "password": "a long enough password"])
            let code = try #require(signedUp["recoveryCode"] as? String)
            let bob = APIUser(
                id: try #require((signedUp["account"] as? [String: Any])?["id"] as? String), name: "Bob",
                token: try #require((signedUp["session"] as? [String: Any])?["token"] as? String))
            let couple = try await client.pair(alice, bob)
            let base = "/api/v1/couples/\(couple)"
            let money = try #require(
                try FearsAPITests.area("Money", in: try await client.api(.get, "\(base)/fears", token: bob.token))[
                    "areaId"] as? String)
            for (who, fear) in [(alice, "Alice: that money is hidden"), (bob, "Bob: that I am not enough")] {
                _ = try await client.api(
                    .post, "\(base)/areas/\(money)/fears", token: who.token, json: ["what": fear, "why": "Before"])
            }
            _ = try await client.api(.post, "\(base)/areas/\(money)/fears/reveal-together", token: alice.token)
            let window = try await client.api(
                .post, "\(base)/windows", token: alice.token, json: ["question": "What did you tell her?"])
            let id = try #require((window["live"] as? [String: Any])?["id"] as? String)

            let link = try await server.operatorTools().resetLink(
                email: "bob@example.org", publicURL: TestServer.publicURL)
            _ = try await TestBrowser(client).post(
                String(link.dropFirst(TestServer.publicURL.count)), ["newPassword": "a brand new long password"])
            let taker = try await client.logIn("bob@example.org", password: "a brand new long password")
            func refused(_ answer: APIAnswer) -> Bool {
                answer.status == .conflict && answer.errorCode == "partner_words_await_recovery"
            }
            #expect(refused(try await client.api(.post, "\(base)/windows/\(id)/join", token: taker)))
            #expect(refused(try await client.api(.post, "\(base)/areas/\(money)/fears/reveal-together", token: taker)))
            // Alice's next step in building trust holds nothing anew for whoever reset Bob's password.
            _ = try await client.api(
                .post, "\(base)/areas/\(money)/fears", token: alice.token,
                json: ["what": "Alice: that it happens again", "why": "Later"])
            #expect(refused(try await client.api(.post, "\(base)/areas/\(money)/fears/reveal-together", token: taker)))
            let seen = String(describing: try await client.api(.get, "\(base)/fears", token: taker).json)
            #expect(!seen.contains("Alice: that money is hidden") && !seen.contains("What did you tell her?"))
            let news = try #require(
                try await client.api(.get, "\(base)/news", token: alice.token)["items"] as? [[String: Any]])
            let told = try #require(news.first { $0["kind"] as? String == "passwordReset" }, "Alice is told")
            #expect((told["sentence"] as? String)?.hasPrefix("Bob's password was reset") == true, "\(told)")
            #expect(told["at"] is String, "with the day")

            let recovered = try await client.api(
                .post, "/api/v1/me/recover", token: taker,
                json: ["recoveryCode": code, "password": "a brand new long password"])
            #expect(recovered["status"] as? String == "yours")
            let joined = try await client.api(.post, "\(base)/windows/\(id)/join", token: taker)
            #expect((joined["live"] as? [String: Any])?["question"] as? String == "What did you tell her?")
            #expect(
                try await client.api(.post, "\(base)/areas/\(money)/fears/reveal-together", token: taker).status == .ok)
            let opened = String(describing: try await client.api(.get, "\(base)/fears", token: taker).json)
            #expect(opened.contains("Alice: that money is hidden"))
        }
    }
}
