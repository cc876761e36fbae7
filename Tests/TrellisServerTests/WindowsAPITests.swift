import Foundation
import HTTPTypes
import HummingbirdTesting
import HummingbirdWSClient
import HummingbirdWSTesting
import NIOCore
import Testing
import TrellisServer

@Suite("The Transparency Window through /api/v1")
struct WindowsAPITests {
    static func live(_ client: some TestClientProtocol, _ base: String, _ user: APIUser) async throws -> [String: Any] {
        let answer = try await client.api(.get, "\(base)/windows", token: user.token)
        #expect(answer.status == .ok)
        return try #require(answer["live"] as? [String: Any])
    }

    @Test func aWindowPausesForBothAndEndsAfterItsOpenTime() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let started = try await client.api(
                .post, "\(base)/windows", token: alice.token, json: ["question": "Narwhal: what did you tell her?"])
            #expect(started.status == .created)
            let id = try #require((started["live"] as? [String: Any])?["id"] as? String)

            // Until Bob joins, the question is Alice's alone: not in any answer Bob gets.
            let invited = try await Self.live(client, base, bob)
            #expect(invited["phase"] as? String == "invited")
            #expect(invited["question"] is NSNull)
            for path in ["\(base)/windows", "\(base)/events", base] {
                let text = String(describing: try await client.api(.get, path, token: bob.token).json)
                #expect(!text.contains("Narwhal"), "\(path)")
            }
            #expect(try server.databaseBytes().range(of: Data("Narwhal".utf8)) == nil)
            let early = try await client.api(
                .post, "\(base)/windows/\(id)/rating", token: bob.token, json: ["rating": 3])
            #expect(early.errorCode == "window_not_open")

            let joined = try await client.api(.post, "\(base)/windows/\(id)/join", token: bob.token)
            #expect(joined.status == .ok)
            #expect((joined["live"] as? [String: Any])?["question"] as? String == "Narwhal: what did you tell her?")

            server.clock.advance(by: 100)
            let tooHigh = try await client.api(
                .post, "\(base)/windows/\(id)/rating", token: bob.token, json: ["rating": 11])
            #expect(tooHigh.errorCode == "invalid_rating")
            _ = try await client.api(.post, "\(base)/windows/\(id)/rating", token: bob.token, json: ["rating": 7])
            let paused = try await Self.live(client, base, alice)
            #expect(paused["phase"] as? String == "paused")
            #expect((paused["partner"] as? [String: Any])?["rating"] as? Int == 7)
            #expect(paused["openTimeUsed"] as? Int == 100)

            server.clock.advance(by: 300)
            let notYet = try await client.api(.post, "\(base)/windows/\(id)/ready", token: bob.token)
            #expect(notYet.errorCode == "rating_above_five")
            _ = try await client.api(.post, "\(base)/windows/\(id)/rating", token: bob.token, json: ["rating": 4])
            _ = try await client.api(.post, "\(base)/windows/\(id)/ready", token: bob.token)
            _ = try await client.api(.post, "\(base)/windows/\(id)/ready", token: alice.token)
            #expect(try await Self.live(client, base, alice)["phase"] as? String == "open")

            // 500 more seconds of open time make ten minutes; a reading then finds it ended.
            server.clock.advance(by: 500)
            let windows = try await client.api(.get, "\(base)/windows", token: bob.token)
            #expect(windows["live"] is NSNull)
            let past = try #require((windows["past"] as? [[String: Any]])?.first)
            #expect(past["ending"] as? String == "timeUp")
            #expect(past["openTimeUsed"] as? Int == 600)
            #expect(past["pauses"] as? Int == 1)

            // Bob's private reflection leaves no trace for Alice; his shared one reaches her.
            let before = try await IntegrityAPITests.everythingAliceSees(client, couple, alice)
            let reflected = try await client.api(
                .post, "\(base)/windows/\(id)/reflection", token: bob.token, json: ["text": "Walrus: I got defensive"])
            #expect(reflected.status == .created)
            #expect(try await IntegrityAPITests.everythingAliceSees(client, couple, alice) == before)
            #expect(try server.databaseBytes().range(of: Data("Walrus".utf8)) == nil)
            _ = try await client.api(.post, "\(base)/windows/\(id)/reflection/share", token: bob.token)
            let shared = try await client.api(.get, "\(base)/windows", token: alice.token)
            let bobSide = (shared["past"] as? [[String: Any]])?.first?["partner"] as? [String: Any]
            #expect(bobSide?["reflection"] as? String == "Walrus: I got defensive")
        }
    }

    @Test func theLiveSocketTellsThePartnerOfEachSharedStep() async throws {
        let server = try TestServer()
        try await server.run(.live) { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let headers: HTTPFields = [.authorization: "Bearer \(alice.token)"]
            let received = try await withThrowingTaskGroup(of: [Int].self) { group in
                group.addTask {
                    let heard = Heard()
                    try await client.ws(
                        "\(base)/live", configuration: .init(additionalHeaders: headers)
                    ) { inbound, outbound, _ in
                        for try await message in inbound.messages(maxSize: 1 << 10) {
                            guard case .text(let text) = message else { continue }
                            let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Int]
                            let count = await heard.add(try #require(json?["seq"]))
                            if count == 2 { try await outbound.close(.normalClosure, reason: nil) }
                        }
                    }
                    return await heard.seqs
                }
                // Steps by Bob until Alice's socket has heard two of them: a private noticing, which
                // must never be announced, then shared steps.
                var shared: [Int] = []
                for attempt in 0..<10 {
                    try await Task.sleep(for: .milliseconds(200))
                    _ = try await client.api(
                        .post, "\(base)/noticings", token: bob.token, json: ["what": "Private \(attempt)"])
                    let answer = try await client.api(
                        .post, "\(base)/noticings", token: bob.token,
                        json: ["what": "Shared \(attempt)", "shared": true])
                    shared.append(try #require(answer["seq"] as? Int))
                }
                let seqs = try #require(try await group.next())
                return (seqs, shared)
            }
            let (seqs, shared) = received
            #expect(seqs.count == 2)
            #expect(seqs == seqs.sorted())
            #expect(seqs.allSatisfy(shared.contains))
        }
        // Someone who leaves the couple stops hearing: their socket closes at the next step, untold.
        try await TestServer().run(.live) { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let headers: HTTPFields = [.authorization: "Bearer \(bob.token)"]
            let heard = try await withThrowingTaskGroup(of: [Int]?.self) { group in
                group.addTask {
                    let heard = Heard()
                    try await client.ws(
                        "/api/v1/couples/\(couple)/live", configuration: .init(additionalHeaders: headers)
                    ) { inbound, _, _ in
                        for try await message in inbound.messages(maxSize: 1 << 10) {
                            if case .text = message { _ = await heard.add(0) }
                        }
                    }
                    return await heard.seqs
                }
                group.addTask {
                    try await Task.sleep(for: .seconds(20))
                    return nil
                }
                try await Task.sleep(for: .milliseconds(300))
                #expect(try await client.api(.post, "/api/v1/couples/\(couple)/leave", token: bob.token).status == .ok)
                for attempt in 0..<5 {
                    _ = try await client.api(
                        .post, "/api/v1/couples/\(couple)/noticings", token: alice.token,
                        json: ["what": "After \(attempt)", "shared": true])
                }
                let first = try await group.next() ?? nil
                group.cancelAll()
                return first
            }
            // Closed (not timed out), having heard nothing, not even Bob's own leaving.
            let messages = try #require(heard)
            #expect(messages.isEmpty)
        }
        // An unknown token never gets a socket.
        try await TestServer().run(.live) { client in
            let headers: HTTPFields = [.authorization: "Bearer not-a-token"]
            await #expect(throws: (any Error).self) {
                try await client.ws(
                    "/api/v1/couples/\(UUID())/live", configuration: .init(additionalHeaders: headers)
                ) { _, _, _ in }
            }
        }
    }
}

/// What a live socket heard, in order.
private actor Heard {
    var seqs: [Int] = []

    func add(_ seq: Int) -> Int {
        seqs.append(seq)
        return seqs.count
    }
}
