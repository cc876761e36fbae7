import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

/// The export file is a format a member keeps: its field names never change
/// (`docs/EXPORT.md`). Pinned here level by level, so a rename anywhere fails.
@Suite("The export's shape")
struct ExportShapeTests {
    @Test func everyLevelOfTheExportHoldsExactlyItsPinnedFields() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _, couple) = try await client.pairedCouple()
            _ = try await client.api(
                .post, "/api/v1/couples/\(couple)/journal", token: alice.token, json: ["text": "kept"])
            let bytes = try await client.execute(
                uri: "/api/v1/me/export", method: .get, headers: [.authorization: "Bearer \(alice.token)"]
            ) { Data($0.body.readableBytesView) }
            let export = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
            let account = try #require(export["account"] as? [String: Any])
            let shared = try #require(export["couple"] as? [String: Any])
            let member = try #require((shared["members"] as? [[String: Any]])?.first)
            let area = try #require((shared["areas"] as? [[String: Any]])?.first)
            let event = try #require((shared["events"] as? [[String: Any]])?.last)

            #expect(
                Set(export.keys) == ["format", "exportedAt", "account", "couple", "formerCouples", "operatorExports"])
            #expect(Set(account.keys) == ["name", "email", "timeZone", "eveningHour", "pauseSeconds"])
            #expect(Set(shared.keys) == ["id", "members", "areas", "events"])
            #expect(Set(member.keys) == ["id", "name", "isMe", "joinedAt", "left"])
            #expect(Set(area.keys) == ["id", "name", "archived"])
            #expect(Set(event.keys) == ["seq", "at", "author", "visibility", "kind", "payload"])
            #expect(event["kind"] as? String == "journalWritten" && event["visibility"] as? String == "private")
        }
    }
}
