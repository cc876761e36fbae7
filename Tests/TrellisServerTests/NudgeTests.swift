import Foundation
import HummingbirdTesting
import Testing
import TrellisCore
import TrellisMail
import TrellisServer
import TrellisStore

/// Nudges: written with the step that waits for the partner, one a kind a day, never for anything
/// private; sent only to a proven address, only if wanted, only within the member's hours.
@Suite("Nudges")
struct NudgeTests {
    static func kinds(_ server: TestServer) async throws -> [String] {
        try await server.storage.outbox(status: nil, limit: 50).map(\.kind)
    }

    @Test func aStepThatWaitsForThePartnerWritesOneNudgeADay() async throws {
        let server = try TestServer(mail: ForgotPasswordTests.mail)
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post("/integrity/journal", ["text": "Private"])
            _ = try await alice.post("/repair/areas/\(honesty)/switch", ["on": "false"])
            #expect(try await Self.kinds(server).filter { $0 == "partnerWaiting" }.isEmpty, "nothing waits for Bob")
            _ = try await bob.post("/repair/areas/\(honesty)/questions", ["kind": "whatHappened"])
            _ = try await bob.post(
                "/repair/actions", ["area": honesty, "what": "Tell me the truth", "cadence": "daily"])
            #expect(try await Self.kinds(server).filter { $0 == "partnerWaiting" }.count == 1, "one a day")
            server.clock.advance(by: 24 * 3600)
            _ = try await bob.post("/integrity/feedback", ["text": "You left early"])
            #expect(try await Self.kinds(server).filter { $0 == "partnerWaiting" }.count == 2, "a new day, a new one")
            _ = try await bob.post("/window/start", ["question": "What did you say?"])
            #expect(try await Self.kinds(server).contains("windowOpened"))
        }
    }

    @Test func aNudgeLeavesOnlyForAProvenAddressWithinHoursAndIfWanted() async throws {
        let server = try TestServer(mail: ForgotPasswordTests.mail)
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let honesty = try await WebPageTests.area("Honesty", of: alice)
            _ = try await alice.post("/repair/areas/\(honesty)/switch", ["on": "false"])
            _ = try await bob.post("/repair/areas/\(honesty)/questions", ["kind": "whatHappened"])
            let nudge = {
                try await server.storage.outbox(status: nil, limit: 50).first { $0.kind == "partnerWaiting" }
            }
            // The test clock reads 08:00 UTC, before her hours (9 to 21): it waits, not counted as a try.
            await server.trellis.sendDueMail()
            let early = try await nudge()
            #expect(early?.status == .pending && early?.attempts == 0)
            // In her hours, with no proven address and no device: nowhere to send it.
            server.clock.advance(by: 2 * 3600)
            await server.trellis.sendDueMail()
            let first = try await nudge()
            #expect(first?.status == .failed && first?.lastError == "nowhere to send: no proven address, no device")

            // Turned off: not sent at all, whatever else.
            let aliceID = try #require(try await server.storage.account(email: "alice@example.org")).id
            try await Self.prove(aliceID, server)
            _ = try await alice.post("/settings/nudges", ["fromHour": "9", "untilHour": "21", "paused": "yes"])
            server.clock.advance(by: 24 * 3600)
            _ = try await bob.post("/integrity/feedback", ["text": "You left early"])
            await server.trellis.sendDueMail()
            let off = try await server.storage.outbox(status: .failed, limit: 50).filter { $0.kind == "partnerWaiting" }
            #expect(off.contains { $0.lastError == "not sent: the member turned these off" })
        }
    }

    /// Proves the member's address as its link would.
    static func prove(_ member: MemberID, _ server: TestServer) async throws {
        let check = EmailCheck(
            tokenHash: Array("check \(member)".utf8), expiresAt: server.clock.now().addingTimeInterval(60),
            mail: OutboxItem(
                id: "check-\(member)", kind: "verifyEmail", account: member, secret: nil, createdAt: server.clock.now())
        )
        try await server.storage.createEmailCheck(check, for: member)
        #expect(
            try await server.storage.completeEmailCheck(tokenHash: check.tokenHash, at: server.clock.now()) == member)
    }
}
