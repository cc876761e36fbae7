import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Emotional trust and the pyramid through /api/v1")
struct TrustAPITests {
    @Test func aClaimCountsOnlyOnceTheTrusterConfirmsIt() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let trust = try await client.api(.get, "\(base)/trust", token: alice.token)
            let money = try #require((trust["areas"] as? [[String: Any]])?[1]["areaId"] as? String)
            #expect(
                try await client.api(.put, "\(base)/areas/\(money)/switch", token: alice.token, json: ["on": true])
                    .status == .ok)
            let named = try await client.api(
                .post, "\(base)/safe-behaviours", token: alice.token,
                json: ["areaId": money, "what": "Ask about my day"])
            #expect(named.status == .created)
            let id = try #require((named["named"] as? [[String: Any]])?.first?["id"] as? String)
            #expect(
                try await client.api(.post, "\(base)/safe-behaviours/\(id)/retire", token: bob.token).status
                    == .forbidden)

            let claimed = try await client.api(.post, "\(base)/safe-behaviours/\(id)/happened", token: bob.token)
            #expect(claimed.status == .created)
            let moment = try #require(
                ((claimed["askedOfMe"] as? [[String: Any]])?.first?["moments"] as? [[String: Any]])?.first?["id"]
                    as? String)
            func safeBehavioursThisWeek() async throws -> Int? {
                let areas = try await client.api(.get, "\(base)/trust", token: alice.token)["areas"] as? [[String: Any]]
                let area = areas?.first { $0["areaId"] as? String == money }
                return ((area?["weeks"] as? [[String: Any]])?.last?["safeBehaviours"]) as? Int
            }
            #expect(try await safeBehavioursThisWeek() == 0)
            let ownClaim = try await client.api(
                .post, "\(base)/safe-behaviours/\(id)/moments/\(moment)/confirm", token: bob.token, json: ["yes": true])
            #expect(ownClaim.status == .forbidden)
            #expect(ownClaim.errorCode == "not_yours")
            #expect(
                try await client.api(
                    .post, "\(base)/safe-behaviours/\(id)/moments/\(moment)/confirm", token: alice.token,
                    json: ["yes": true]
                ).status == .ok)
            #expect(try await safeBehavioursThisWeek() == 1)
        }
    }

    /// Trust is never one figure: no answer either partner gets carries a score, a percentage or a
    /// total, and the pyramid's place is a named level.
    @Test func noAnswerAddsTrustUpIntoOneFigure() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let banned: Set<String> = ["score", "percent", "percentage", "total", "overall", "average", "trustLevel"]
            func keys(_ value: Any) -> Set<String> {
                if let object = value as? [String: Any] {
                    return Set(object.keys).union(object.values.flatMap { keys($0) })
                }
                if let array = value as? [Any] { return array.reduce(into: Set()) { $0.formUnion(keys($1)) } }
                return []
            }
            for member in [alice, bob] {
                var seen: Set<String> = []
                for answer in try await IntegrityAPITests.everythingAliceSees(client, couple, member) {
                    seen.formUnion(keys(try JSONSerialization.jsonObject(with: Data(answer.utf8))))
                }
                let trust = try await client.api(.get, "/api/v1/couples/\(couple)/trust", token: member.token)
                let all = seen.union(keys(trust.json))
                #expect(all.contains("myPyramid"))
                #expect(all.isDisjoint(with: banned), "\(all.intersection(banned))")
                #expect((trust["myPyramid"] as? [String: Any])?["place"] is NSNull)
            }
        }
    }
}
