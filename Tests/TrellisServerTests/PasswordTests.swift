import Foundation
import HummingbirdBcrypt
import HummingbirdTesting
import Testing
import TrellisServer
import TrellisStore

@Suite("Passwords: long, any script, not common, upgraded, changeable")
struct PasswordTests {
    @Test(arguments: [
        "eleven char", "password1234", "qwertyuiop12", "passwordpassword", "aaaaaaaaaaaa", "123456789012",
        "abcdefghijklm", "qwertyuiopas", "sunshine2024!", "abcabcabcabc",
    ])
    func shortCommonAndRepetitivePasswordsAreRefusedKindly(password: String) async throws {
        let server = try TestServer()
        try await server.run { client in
            let answer = try await client.api(
                .post, "/api/v1/accounts", json: ["name": "Sam", "email": "sam@example.org", "password": password])
            #expect(answer.status == .unprocessableContent)
            #expect(answer.errorField == "password")
            #expect(answer.errorMessage?.contains("Try a few unrelated words") == true || password.count < 12)
            let login = try await client.api(
                .post, "/api/v1/sessions", json: ["email": "sam@example.org", "password": password])
            #expect(login.status == .unauthorized)
        }
    }

    @Test func longPasswordsInAnyScriptWorkWhicheverWayTheyAreTyped() async throws {
        let server = try TestServer()
        try await server.run { client in
            // 128 precomposed "é" (256 bytes, far past bcrypt's 72) and 200 characters of four bytes each.
            let accents = String(repeating: "é", count: 120) + "çàüöñ-mot"
            let decomposed = accents.decomposedStringWithCanonicalMapping
            #expect(Array(decomposed.utf8) != Array(accents.utf8))
            let long = String((0..<200).map { Character(UnicodeScalar(0x1F400 + $0)!) })
            for (index, password) in [accents, long].enumerated() {
                let email = "person\(index)@example.org"
                _ = try await client.signUp("Person", email: email, password: password)
                #expect(
                    try await client.api(.post, "/api/v1/sessions", json: ["email": email, "password": password]).status
                        == .created)
                // Cutting it anywhere no longer logs in: every character counts.
                #expect(
                    try await client.api(
                        .post, "/api/v1/sessions", json: ["email": email, "password": String(password.dropLast())]
                    ).status == .unauthorized)
            }
            // The same accented password typed as decomposed characters is the same password.
            #expect(
                try await client.api(
                    .post, "/api/v1/sessions", json: ["email": "person0@example.org", "password": decomposed]
                ).status == .created)
            let tooLong = try await client.api(
                .post, "/api/v1/accounts",
                json: ["name": "Sam", "email": "x@example.org", "password": String(repeating: "word ", count: 52)])
            #expect(tooLong.errorField == "password")
        }
    }

    @Test func aHashFromBeforePreHashingStillLogsInAndIsUpgraded() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = try await client.signUp("Sam")
            let stored = try #require(try await server.storage.account(email: "sam@example.org"))
            #expect(stored.passwordHash.hasPrefix("trellis1:$2"))
            // As an older Trellis wrote it: bcrypt of the password itself.
            try await server.storage.updatePasswordHash(
                Bcrypt.hash("a long enough password", cost: 4), for: stored.id, endingSessionsBut: nil)
            #expect(
                try await client.api(
                    .post, "/api/v1/sessions", json: ["email": "sam@example.org", "password": "a long enough password"]
                ).status == .created)
            let upgraded = try #require(try await server.storage.account(email: "sam@example.org"))
            #expect(upgraded.passwordHash.hasPrefix("trellis1:$2"))
            #expect(try await client.api(.get, "/api/v1/me", token: sam.token).status == .ok)
        }
    }

    @Test func changingThePasswordNeedsTheCurrentOneAndLogsOutEveryOtherDevice() async throws {
        let server = try TestServer()
        try await server.run { client in
            let phone = try await client.signUp("Sam")
            let laptop = try await client.logIn("sam@example.org")
            let wrong = try await client.api(
                .put, "/api/v1/me/password", token: phone.token,
                json: ["currentPassword": "not my password", "newPassword": "a brand new sentence"])
            #expect(wrong.status == .unprocessableContent)
            #expect(wrong.errorField == "currentPassword")
            let weak = try await client.api(
                .put, "/api/v1/me/password", token: phone.token,
                json: ["currentPassword": "a long enough password", "newPassword": "password1234"])
            #expect(weak.errorField == "newPassword")
            // Both refusals changed nothing: the laptop is still signed in, the old password still works.
            #expect(try await client.api(.get, "/api/v1/me", token: laptop).status == .ok)

            let changed = try await client.api(
                .put, "/api/v1/me/password", token: phone.token,
                json: ["currentPassword": "a long enough password", "newPassword": "a brand new sentence"])
            #expect(changed.status == .noContent)
            #expect(try await client.api(.get, "/api/v1/me", token: laptop).status == .unauthorized)
            #expect(try await client.api(.get, "/api/v1/me", token: phone.token).status == .ok)
            #expect(
                try await client.api(
                    .post, "/api/v1/sessions", json: ["email": "sam@example.org", "password": "a long enough password"]
                ).status == .unauthorized)
            _ = try await client.logIn("sam@example.org", password: "a brand new sentence")
        }
    }

    @Test func guessingTheCurrentPasswordWithABorrowedSessionIsLimited() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = try await client.signUp("Sam")
            for _ in 1...5 {
                let guess = try await client.api(
                    .put, "/api/v1/me/password", token: sam.token,
                    json: ["currentPassword": "a guess at it", "newPassword": "a brand new sentence"])
                #expect(guess.status == .unprocessableContent)
            }
            let blocked = try await client.api(
                .put, "/api/v1/me/password", token: sam.token,
                json: ["currentPassword": "a long enough password", "newPassword": "a brand new sentence"])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers[.retryAfter] != nil)
        }
    }
}
