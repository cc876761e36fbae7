import Foundation
import HummingbirdTesting
import Testing
import TrellisCore
import TrellisServer

/// A clinician reading in a loop can neither grow the couple's record without bound nor bury
/// their "Who looked": reads beyond a burst wait (429), and repeated reads of the same parts are
/// one entry with an exact count and the first and last moment.
@Suite("Bounded clinician reads")
struct ClinicianReadLimitTests {
    @Test func twoThousandReadsLeaveABoundedHonestLog() async throws {
        let server = try TestServer()
        try await server.run { client in
            let ana = try await HelpAPITests.clinician(client)
            let (alice, bob, couple) = try await client.pairedCouple()
            try await HelpAPITests.consented(client, ana, by: alice, bob, in: couple, parts: ["repair"], server: server)
            let before = try await client.logHead(couple, as: alice)
            var statuses: [Int: Int] = [:]
            for _ in 1...2_000 {
                statuses[
                    try await client.api(.get, "/api/v1/clients/\(couple)", token: ana.token).status.code, default: 0] +=
                    1
            }
            #expect(statuses == [200: 20, 429: 1_980])
            #expect(try await client.logHead(couple, as: alice) - before == 20, "one event a read that was let in")
            // An hour of a read a minute: 60 more, still one entry.
            for _ in 1...60 {
                server.clock.advance(by: 60)
                #expect(try await client.api(.get, "/api/v1/clients/\(couple)", token: ana.token).status == .ok)
            }
            let help = try await client.api(.get, "/api/v1/couples/\(couple)/clinicians", token: bob.token)
            let log = try #require(help["log"] as? [[String: Any]])
            #expect(log.count == 1)
            #expect(log.first?["count"] as? Int == 80)
            #expect((log.first?["at"] as? String) != (log.first?["last"] as? String))
            let body = try JSONSerialization.data(withJSONObject: help.json)
            #expect(body.count < 8_000, "\(body.count) bytes")

            // Two hours later, a new visit is a new entry.
            server.clock.advance(by: 2 * 3600)
            #expect(try await client.api(.get, "/api/v1/clients/\(couple)", token: ana.token).status == .ok)
            let after = try #require(
                try await client.api(.get, "/api/v1/couples/\(couple)/clinicians", token: bob.token)["log"]
                    as? [[String: Any]])
            #expect(after.map { $0["count"] as? Int } == [80, 1])
        }
    }
}
