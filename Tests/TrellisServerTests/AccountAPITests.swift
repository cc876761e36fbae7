import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Accounts and sessions through /api/v1")
struct AccountAPITests {
    @Test func signUpLogInWhoAmIAndLogOut() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = try await client.signUp("Sam")
            let me = try await client.api(.get, "/api/v1/me", token: sam.token)
            #expect(me.status == .ok)
            let account = try #require(me["account"] as? [String: Any])
            #expect(account["name"] as? String == "Sam")
            #expect(account["coupleId"] is NSNull)

            let login = try await client.api(
                .post, "/api/v1/sessions", json: ["email": " SAM@example.org", "password": "a long enough password"])
            #expect(login.status == .created)
            let token = try #require((login["session"] as? [String: Any])?["token"] as? String)
            #expect(token != sam.token)

            #expect(try await client.api(.delete, "/api/v1/sessions/current", token: token).status == .noContent)
            let after = try await client.api(.get, "/api/v1/me", token: token)
            #expect(after.status == .unauthorized)
            #expect(after.errorCode == "not_authenticated")
            #expect(try await client.api(.get, "/api/v1/me", token: sam.token).status == .ok)
        }
    }

    @Test func aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() async throws {
        let server = try TestServer()
        try await server.run { client in
            _ = try await client.signUp("Sam")
            let wrongPassword = try await client.api(
                .post, "/api/v1/sessions", json: ["email": "sam@example.org", "password": "not the password"])
            let unknownEmail = try await client.api(
                .post, "/api/v1/sessions", json: ["email": "who@example.org", "password": "not the password"])
            #expect(wrongPassword.status == .unauthorized)
            #expect(unknownEmail.status == wrongPassword.status)
            #expect(unknownEmail.errorCode == wrongPassword.errorCode)
            #expect(unknownEmail.errorMessage == wrongPassword.errorMessage)
        }
    }

    @Test func aDuplicateEmailIsRefusedAndTheFirstAccountStands() async throws {
        let server = try TestServer()
        try await server.run { client in
            _ = try await client.signUp("Sam", email: "sam@example.org")
            let again = try await client.api(
                .post, "/api/v1/accounts",
                json: ["name": "Impostor", "email": "Sam@Example.org", "password": "another long password"])
            #expect(again.status == .conflict)
            #expect(again.errorCode == "email_taken")
            let login = try await client.api(
                .post, "/api/v1/sessions", json: ["email": "sam@example.org", "password": "another long password"])
            #expect(login.status == .unauthorized)
        }
    }

    @Test(arguments: [
        (["name": "Sam", "email": "not-an-email", "password": "a long enough password"], "email"),
        (["name": "Sam", "email": "sam@example.org", "password": "short"], "password"),
        (["name": "   ", "email": "sam@example.org", "password": "a long enough password"], "name"),
    ])
    func invalidSignUpsNameTheirField(body: [String: String], field: String) async throws {
        let server = try TestServer()
        try await server.run { client in
            let answer = try await client.api(.post, "/api/v1/accounts", json: body)
            #expect(answer.status == .unprocessableContent)
            #expect(answer.errorField == field)
            let login = try await client.api(
                .post, "/api/v1/sessions", json: ["email": body["email"]!, "password": body["password"]!])
            #expect(login.status == .unauthorized)
        }
    }

    @Test func malformedBodiesAreRefusedWithWhatIsWrong() async throws {
        let server = try TestServer()
        try await server.run { client in
            let broken = try await client.api(.post, "/api/v1/accounts", raw: #"{"name": "Sam", "#)
            #expect(broken.status == .badRequest)
            #expect(broken.errorMessage == "The body is not valid JSON.")

            let wrongType = try await client.api(
                .post, "/api/v1/accounts", raw: #"{"name": "Sam", "email": "sam@example.org", "password": 12345678901}"#
            )
            #expect(wrongType.status == .badRequest)
            #expect(wrongType.errorField == "password")

            let missing = try await client.api(.post, "/api/v1/accounts", raw: #"{"name": "Sam", "password": "x"}"#)
            #expect(missing.status == .badRequest)
            #expect(missing.errorMessage == "The field 'email' is missing.")

            let huge = String(repeating: "a", count: 70 * 1024)
            let tooLarge = try await client.api(
                .post, "/api/v1/accounts", raw: #"{"name": "\#(huge)", "email": "a@b.org", "password": "x"}"#)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(tooLarge.errorCode == "body_too_large")

            let login = try await client.api(
                .post, "/api/v1/sessions", json: ["email": "sam@example.org", "password": "12345678901"])
            #expect(login.status == .unauthorized)
        }
    }

    @Test func unknownRoutesAnswerJSON404() async throws {
        let server = try TestServer()
        try await server.run { client in
            let answer = try await client.api(.get, "/api/v1/nothing-here")
            #expect(answer.status == .notFound)
            #expect(answer.errorCode == "not_found")
        }
    }

    @Test func anExpiredSessionIsToldSo() async throws {
        let server = try TestServer()
        try await server.run { client in
            let sam = try await client.signUp("Sam")
            server.clock.advance(by: 31 * 24 * 3600)
            let answer = try await client.api(.get, "/api/v1/me", token: sam.token)
            #expect(answer.status == .unauthorized)
            #expect(answer.errorCode == "session_expired")
            #expect(try await client.api(.get, "/api/v1/me").errorCode == "not_authenticated")
            // A stale token does not stand in the way of logging in again.
            let again = try await client.api(
                .post, "/api/v1/sessions", token: sam.token,
                json: ["email": "sam@example.org", "password": "a long enough password"])
            #expect(again.status == .created)
        }
    }

    @Test func repeatedWrongPasswordsAreSlowedDownMoreAndMore() async throws {
        let server = try TestServer()
        try await server.run { client in
            _ = try await client.signUp("Sam")
            let guess = ["email": "sam@example.org", "password": "guess guess guess"]
            for _ in 1...5 {
                #expect(try await client.api(.post, "/api/v1/sessions", json: guess).status == .unauthorized)
            }
            // Now even the right password waits: a guesser cannot tell when they hit it.
            let right = ["email": "sam@example.org", "password": "a long enough password"]
            let blocked = try await client.api(.post, "/api/v1/sessions", json: right)
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.headers[.retryAfter] == "15")
            // Each further failure doubles the pause: slow, never shut.
            server.clock.advance(by: 16)
            #expect(try await client.api(.post, "/api/v1/sessions", json: guess).status == .unauthorized)
            #expect(try await client.api(.post, "/api/v1/sessions", json: right).headers[.retryAfter] == "30")
            server.clock.advance(by: 31)
            #expect(try await client.api(.post, "/api/v1/sessions", json: right).status == .created)
        }
    }

    @Test func parallelGuessesCannotSlipPastTheLimit() async throws {
        let server = try TestServer()
        try await server.run { client in
            _ = try await client.signUp("Sam")
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for _ in 1...12 {
                    group.addTask {
                        try await client.api(
                            .post, "/api/v1/sessions",
                            json: ["email": "sam@example.org", "password": "guess guess guess"]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unauthorized }.count == 5)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 7)
        }
    }

    @Test func loginsFromOneAddressAreLimitedAcrossAccounts() async throws {
        let server = try TestServer()
        try await server.run { client in
            for index in 1...20 {
                let answer = try await client.api(
                    .post, "/api/v1/sessions", json: ["email": "person\(index)@example.org", "password": "guess guess"])
                #expect(answer.status == .unauthorized)
            }
            let blocked = try await client.api(
                .post, "/api/v1/sessions", json: ["email": "someone-new@example.org", "password": "guess guess"])
            #expect(blocked.status == .tooManyRequests)
        }
    }
}

@Suite("Sign-up limits")
struct SignUpLimitTests {
    @Test func oneAddressGetsAFewSignUpsAWindow() async throws {
        let server = try TestServer()
        try await server.run { client in
            for index in 1...10 { _ = try await client.signUp("Person\(index)") }
            let eleventh = try await client.api(
                .post, "/api/v1/accounts",
                json: ["name": "Eleven", "email": "eleven@example.org", "password": "a long enough password"])
            #expect(eleventh.status == .tooManyRequests)
            #expect(eleventh.headers[.retryAfter] != nil)
            let login = try await client.api(
                .post, "/api/v1/sessions", json: ["email": "eleven@example.org", "password": "a long enough password"])
            #expect(login.status == .unauthorized)
        }
    }
}
