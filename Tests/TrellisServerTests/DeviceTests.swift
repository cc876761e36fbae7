import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Signed-in devices: seen, ended, timed out, and never locked out by a guesser")
struct DeviceTests {
    @Test func theOwnersKnownDeviceGetsInWhileThePartnerKeepsGuessing() async throws {
        let server = try TestServer()
        try await server.run { client in
            let signUp = try await client.api(
                .post, "/api/v1/accounts",
                json: ["name": "Sam", "email": "sam@example.org", "password": "a long enough password"])
            let device = try #require((signUp["session"] as? [String: Any])?["deviceToken"] as? String)
            // The partner knows the email and keeps guessing, from the same home network.
            for _ in 1...8 {
                _ = try await client.api(
                    .post, "/api/v1/sessions", json: ["email": "sam@example.org", "password": "is it our song"])
            }
            let right: [String: Any] = ["email": "sam@example.org", "password": "a long enough password"]
            #expect(try await client.api(.post, "/api/v1/sessions", json: right).status == .tooManyRequests)
            // Sam's phone has logged in before: its attempts are counted apart, and it gets in.
            var fromPhone = right
            fromPhone["deviceToken"] = device
            #expect(try await client.api(.post, "/api/v1/sessions", json: fromPhone).status == .created)

            // A token made for Sam means nothing for anyone else, and a forged one means nothing at all.
            _ = try await client.signUp("Alex")
            for _ in 1...5 {
                _ = try await client.api(
                    .post, "/api/v1/sessions", json: ["email": "alex@example.org", "password": "a guess at it"])
            }
            let alexRight = ["email": "alex@example.org", "password": "a long enough password"]
            for token in [device, "forged.signature", String(device.prefix { $0 != "." }) + ".x"] {
                var attempt: [String: Any] = alexRight
                attempt["deviceToken"] = token
                #expect(try await client.api(.post, "/api/v1/sessions", json: attempt).status == .tooManyRequests)
            }
        }
    }

    @Test func aKnownDeviceHasOnlyAFewGuessesOfItsOwn() async throws {
        let server = try TestServer()
        try await server.run { client in
            let signUp = try await client.api(
                .post, "/api/v1/accounts",
                json: ["name": "Sam", "email": "sam@example.org", "password": "a long enough password"])
            let device = try #require((signUp["session"] as? [String: Any])?["deviceToken"] as? String)
            let guess: [String: Any] = ["email": "sam@example.org", "password": "a wrong one", "deviceToken": device]
            for _ in 1...5 {
                #expect(try await client.api(.post, "/api/v1/sessions", json: guess).status == .unauthorized)
            }
            #expect(try await client.api(.post, "/api/v1/sessions", json: guess).status == .tooManyRequests)
        }
    }

    @Test func aMemberSeesTheirDevicesAndLogsOutOneOrAllOthers() async throws {
        let server = try TestServer()
        try await server.run { client in
            let phone = try await client.signUp("Sam")
            let laptop = try await client.logIn("sam@example.org")
            let tablet = try await client.logIn("sam@example.org")
            let alex = try await client.signUp("Alex")

            let listed = try await client.api(.get, "/api/v1/sessions", token: phone.token)
            let sessions = try #require(listed["sessions"] as? [[String: Any]])
            #expect(sessions.count == 3)
            #expect(sessions.filter { $0["current"] as? Bool == true }.count == 1)
            #expect(sessions.allSatisfy { $0["client"] as? String == "App" && $0["lastUsedAt"] is String })
            #expect(
                sessions.allSatisfy { $0.keys.sorted() == ["client", "current", "id", "lastUsedAt", "signedInAt"] })
            let others = sessions.filter { $0["current"] as? Bool == false }.compactMap { $0["id"] as? String }

            // Alex cannot see or end Sam's sessions.
            let alexList = try await client.api(.get, "/api/v1/sessions", token: alex.token)
            #expect((alexList["sessions"] as? [[String: Any]])?.count == 1)
            #expect(
                try await client.api(.delete, "/api/v1/sessions/\(others[0])", token: alex.token).status == .notFound)
            #expect(try await client.api(.get, "/api/v1/me", token: laptop).status == .ok)
            #expect(try await client.api(.get, "/api/v1/me", token: tablet).status == .ok)

            // Sam ends one; its token answers 401 at once.
            #expect(
                try await client.api(.delete, "/api/v1/sessions/\(others[0])", token: phone.token).status == .noContent)
            var statuses: [Int] = []
            for token in [laptop, tablet] {
                statuses.append(try await client.api(.get, "/api/v1/me", token: token).status.code)
            }
            #expect(statuses.sorted() == [200, 401])
            #expect(
                try await client.api(.delete, "/api/v1/sessions/\(others[0])", token: phone.token).status == .notFound)

            let guessed = try await client.api(
                .delete, "/api/v1/sessions/others", token: phone.token, json: ["password": "not the password"])
            #expect(guessed.status == .unprocessableContent && guessed.errorField == "password")
            var alive = 0
            for token in [laptop, tablet] where try await client.api(.get, "/api/v1/me", token: token).status == .ok {
                alive += 1
            }
            #expect(alive == 1, "a wrong password ends none")
            let ended = try await client.api(
                .delete, "/api/v1/sessions/others", token: phone.token, json: ["password": "a long enough password"])
            #expect(ended["ended"] as? Int == 1)
            for token in [laptop, tablet] {
                #expect(try await client.api(.get, "/api/v1/me", token: token).status == .unauthorized)
            }
            #expect(try await client.api(.get, "/api/v1/me", token: phone.token).status == .ok)
            #expect(try await client.api(.get, "/api/v1/me", token: alex.token).status == .ok)
        }
    }

    @Test func aSessionUnusedForAWeekEndsAndOneInUseLastsItsMonth() async throws {
        let server = try TestServer()
        try await server.run { client in
            let idle = try await client.signUp("Sam")
            let busy = try await client.signUp("Alex")
            for _ in 1...4 {
                server.clock.advance(by: 6 * 24 * 3600)
                #expect(try await client.api(.get, "/api/v1/me", token: busy.token).status == .ok)
            }
            let answer = try await client.api(.get, "/api/v1/me", token: idle.token)
            #expect(answer.status == .unauthorized)
            #expect(answer.errorCode == "session_expired")
            // Past 30 days from log-in, even a session in daily use ends.
            server.clock.advance(by: 6 * 24 * 3600 + 1)
            #expect(try await client.api(.get, "/api/v1/me", token: busy.token).errorCode == "session_expired")
        }
    }
}
