import Foundation
import HummingbirdTesting
import Testing
import TrellisMail
import TrellisServer
import TrellisStore

/// Addresses proven by a link, and a sign-up that tells nobody who has an account: a taken
/// address answers exactly as a new one, and its owner is told.
@Suite("Proven addresses")
struct EmailCheckTests {
    /// What waits in the outbox, with its secrets, well after anything the sender leased.
    static func mails(_ server: TestServer) async throws -> [OutboxItem] {
        try await server.storage.claimDue(at: server.clock.now().addingTimeInterval(86_400), limit: 50, lease: 60)
    }

    @Test func aTakenAddressAnswersAsANewOneAndItsOwnerIsTold() async throws {
        let server = try TestServer(mail: ForgotPasswordTests.mail)
        try await server.run { client in
            let alice = TestBrowser(client)
            let fresh = try await WebPageTests.signUp(alice, "Alice")
            let impostor = TestBrowser(client)
            let taken = try await WebPageTests.signUp(impostor, "Alice")
            #expect(fresh.status == taken.status && fresh.location == taken.location)
            #expect(
                fresh.setCookies.map { $0.prefix { $0 != "=" } }.sorted()
                    == taken.setCookies.map { $0.prefix { $0 != "=" } }.sorted())
            #expect(try await impostor.get("/home").status == .ok, "it works like any new account")
            // Through the API too: the same fields, the same status.
            let api = try await client.api(
                .post, "/api/v1/accounts",
                json: ["name": "Alice", "email": "alice@example.org", "password": "another long password"])
            let newOne = try await client.api(
                .post, "/api/v1/accounts",
                json: ["name": "Carol", "email": "carol@example.org", "password": "another long password"])
            #expect(api.status == newOne.status && Set(api.json.keys) == Set(newOne.json.keys))

            // (The sender keeps what goes to an unproven address from leaving: listed, whatever its status.)
            let kinds = try await server.storage.outbox(status: nil, limit: 20).map(\.kind)
            #expect(kinds.filter { $0 == "signUpAttempt" }.count == 2, "the owner, told twice")
            #expect(kinds.filter { $0 == "verifyEmail" }.count == 2, "Alice and Carol; never the impostor")
            // The impostor's account is reached by no email: its password opens nothing.
            let login = try await TestBrowser(client).post(
                "/login", ["email": "alice@example.org", "password": "another long password"])
            #expect(login.status == .unauthorized)
        }
    }

    @Test func theLinkProvesTheAddressAndAChangeIsProvenAgainAndToldToTheOldOne() async throws {
        let server = try TestServer(mail: ForgotPasswordTests.mail)
        try await server.run { client in
            let sam = TestBrowser(client)
            _ = try await WebPageTests.signUp(sam, "Sam")
            #expect(try await sam.get("/settings").html.contains(#"id="address-unconfirmed""#))
            let check = try #require(try await Self.mails(server).first { $0.kind == "verifyEmail" })
            let token = try #require(check.secret)
            #expect(try await sam.get("/verify/\(token)").html.contains(#"id="confirm-address""#), "a tap, not a visit")
            #expect(try await sam.post("/verify/\(token)").html.contains(#"id="address-confirmed""#))
            #expect(try await sam.post("/verify/\(token)").status == .gone, "once")
            #expect(!(try await sam.get("/settings").html.contains(#"id="address-unconfirmed""#)))

            _ = try await sam.post(
                "/settings/profile",
                ["name": "Sam", "email": "sam.new@example.org", "password": "a long enough password"])
            #expect(try await sam.get("/settings").html.contains(#"id="address-unconfirmed""#))
            let after = try await Self.mails(server)
            #expect(after.first { $0.kind == "emailChanged" }?.secret == "sam@example.org", "to the old address")
            #expect(after.contains { $0.kind == "verifyEmail" })
        }
    }
}
