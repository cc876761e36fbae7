import Foundation
import HummingbirdTesting
import Testing
import TrellisServer

/// Commands for one couple are decided and appended one after another within the process, so
/// writers who do not pin `expectedSeq` never see `stale_sequence` from each other.
@Suite("Concurrent writers on one couple")
struct ConcurrentWritesTests {
    @Test func thirtyTwoUnpinnedWritersAllSucceedOnceEachInOneOrder() async throws {
        let server = try TestServer()
        try await server.run(.ahc(.http)) { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let before = try await client.logHead(couple, as: alice)
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<32 {
                    group.addTask {
                        let member = index % 2 == 0 ? alice : bob
                        let answer = try await client.api(
                            .post, "/api/v1/couples/\(couple)/areas", token: member.token,
                            json: ["name": "Area \(index)"])
                        return answer.status.code
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.count == 32 && statuses.allSatisfy { $0 == 201 }, "\(statuses)")

            for member in [alice, bob] {
                let feed = try await client.api(.get, "/api/v1/couples/\(couple)/events", token: member.token)
                let events = try #require(feed["events"] as? [[String: Any]])
                #expect(events.compactMap { $0["seq"] as? Int } == Array(1...(before + 32)))
                let added = events.dropFirst(before).compactMap {
                    ($0["payload"] as? [String: Any])?["name"] as? String
                }
                #expect(Set(added) == Set((0..<32).map { "Area \($0)" }) && added.count == 32)
            }
            // A pinned write at a stale position is still refused, and changes nothing.
            let stale = try await client.api(
                .post, "/api/v1/couples/\(couple)/areas", token: alice.token,
                json: ["name": "Late", "expectedSeq": before])
            #expect(stale.status == .conflict && stale.errorCode == "stale_sequence")
            #expect(try await client.logHead(couple, as: bob) == before + 32)
        }
    }

    @Test func probesAnswerWithoutAnAccount() async throws {
        let server = try TestServer()
        try await server.run { client in
            for (path, text) in [("/healthz", "ok\n"), ("/readyz", "ready\n")] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .ok)
                    #expect(String(buffer: response.body) == text)
                }
            }
        }
    }
}
