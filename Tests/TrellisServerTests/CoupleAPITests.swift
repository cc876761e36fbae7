import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

@Suite("Couples, invites and areas through /api/v1")
struct CoupleAPITests {
    @Test func partnersPairThroughAnInviteAndSeeEachOther() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = try await client.signUp("Alice")
            let bob = try await client.signUp("Bob")
            let couple = try await client.startCouple(alice)
            let invite = try await client.api(.post, "/api/v1/couples/\(couple)/invites", token: alice.token)
            let code = try #require(invite["code"] as? String)
            #expect((invite["url"] as? String) == "\(TestServer.publicURL)/join/\(code)")

            // The code works however it is typed.
            let typed = code.lowercased().replacingOccurrences(of: "-", with: " ")
            let joined = try await client.api(.post, "/api/v1/invites/accept", token: bob.token, json: ["code": typed])
            #expect(joined.status == .ok)

            for (member, partner) in [(alice, "Bob"), (bob, "Alice")] {
                let view = try await client.api(.get, "/api/v1/couples/\(couple)", token: member.token)
                let members = try #require(view["members"] as? [[String: Any]])
                #expect(members.first { $0["isMe"] as? Bool == false }?["name"] as? String == partner)
                #expect((view["areas"] as? [Any])?.count == 7)
                #expect(view["canInvite"] as? Bool == false)
            }
            let me = try await client.api(.get, "/api/v1/me", token: bob.token)
            #expect((me["account"] as? [String: Any])?["coupleId"] as? String == couple)
        }
    }

    @Test func anInviteIsSingleUseAndExpires() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = try await client.signUp("Alice")
            let bob = try await client.signUp("Bob")
            let carol = try await client.signUp("Carol")
            let couple = try await client.startCouple(alice)

            let unknown = try await client.api(
                .post, "/api/v1/invites/accept", token: bob.token, json: ["code": "AAAA-BBBB-CCCC-DDDD"])
            #expect(unknown.status == .notFound)
            #expect(unknown.errorCode == "invite_not_found")

            let stale = try await client.api(.post, "/api/v1/couples/\(couple)/invites", token: alice.token)
            // A week passes; Alice, Bob and Carol use Trellis midway, so their sessions stay alive.
            server.clock.advance(by: 4 * 24 * 3600)
            for member in [alice, bob, carol] {
                #expect(try await client.api(.get, "/api/v1/me", token: member.token).status == .ok)
            }
            server.clock.advance(by: 3 * 24 * 3600 + 1)
            let expired = try await client.api(
                .post, "/api/v1/invites/accept", token: bob.token, json: ["code": stale["code"] as! String])
            #expect(expired.status == .gone)
            #expect(expired.errorCode == "invite_expired")

            let fresh = try await client.api(.post, "/api/v1/couples/\(couple)/invites", token: alice.token)
            let code = try #require(fresh["code"] as? String)
            #expect(
                try await client.api(.post, "/api/v1/invites/accept", token: bob.token, json: ["code": code]).status
                    == .ok)
            let head = try await client.logHead(couple, as: alice)
            let reused = try await client.api(.post, "/api/v1/invites/accept", token: carol.token, json: ["code": code])
            #expect(reused.status == .gone)
            #expect(reused.errorCode == "invite_used")
            #expect(try await client.logHead(couple, as: alice) == head)
            #expect(try await client.api(.get, "/api/v1/couples/\(couple)", token: carol.token).status == .notFound)
        }
    }

    @Test func apersonBelongsToOneCoupleAtATime() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = try await client.signUp("Alice")
            let dana = try await client.signUp("Dana")
            let aliceCouple = try await client.startCouple(alice)
            let secondStart = try await client.api(.post, "/api/v1/couples", token: alice.token)
            #expect(secondStart.status == .conflict)
            #expect(secondStart.errorCode == "already_in_couple")

            let danaCouple = try await client.startCouple(dana)
            let invite = try await client.api(.post, "/api/v1/couples/\(aliceCouple)/invites", token: alice.token)
            let head = try await client.logHead(aliceCouple, as: alice)
            let second = try await client.api(
                .post, "/api/v1/invites/accept", token: dana.token, json: ["code": invite["code"] as! String])
            #expect(second.status == .conflict)
            #expect(second.errorCode == "already_in_couple")
            #expect(try await client.logHead(aliceCouple, as: alice) == head)
            let me = try await client.api(.get, "/api/v1/me", token: dana.token)
            #expect((me["account"] as? [String: Any])?["coupleId"] as? String == danaCouple)
        }
    }

    @Test func areasAreAddedRenamedArchivedAndRestored() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()

            let added = try await client.api(
                .post, "/api/v1/couples/\(couple)/areas", token: bob.token, json: ["name": "Family visits"])
            #expect(added.status == .created)
            let area = try #require(
                (added["areas"] as? [[String: Any]])?.first { $0["name"] as? String == "Family visits" }?["id"]
                    as? String)
            let path = "/api/v1/couples/\(couple)/areas/\(area)"

            let renamed = try await client.api(.patch, path, token: alice.token, json: ["name": "Visiting family"])
            #expect(renamed.status == .ok)
            let archived = try await client.api(.patch, path, token: alice.token, json: ["archived": true])
            #expect(
                (archived["areas"] as? [[String: Any]])?.first { $0["id"] as? String == area }?["archived"] as? Bool
                    == true)
            let restored = try await client.api(.patch, path, token: bob.token, json: ["archived": false])
            let names = (restored["areas"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(names?.contains("Visiting family") == true)

            let both = try await client.api(.patch, path, token: bob.token, json: ["archived": true, "name": "x"])
            #expect(both.status == .badRequest)
            let neither = try await client.api(.patch, path, token: bob.token, json: [:])
            #expect(neither.status == .badRequest)
        }
    }

    @Test func refusedAreaChangesLeaveTheLogAsItWas() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = try await client.signUp("Alice")
            let couple = try await client.startCouple(alice)
            let head = try await client.logHead(couple, as: alice)
            let areas = "/api/v1/couples/\(couple)/areas"

            let duplicate = try await client.api(.post, areas, token: alice.token, json: ["name": "honesty"])
            #expect(duplicate.status == .unprocessableContent)
            #expect(duplicate.errorCode == "duplicate_area_name")
            let empty = try await client.api(.post, areas, token: alice.token, json: ["name": " "])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.errorField == "name")
            let stale = try await client.api(
                .post, areas, token: alice.token, json: ["name": "Work", "expectedSeq": 1])
            #expect(stale.status == .conflict)
            #expect(stale.errorCode == "stale_sequence")
            let wrongType = try await client.api(.post, areas, token: alice.token, json: ["name": 42])
            #expect(wrongType.status == .badRequest)
            let unknownArea = try await client.api(
                .patch, "\(areas)/\(UUID().uuidString)", token: alice.token, json: ["archived": true])
            #expect(unknownArea.status == .notFound)
            #expect(try await client.logHead(couple, as: alice) == head)

            let current = try await client.api(
                .post, areas, token: alice.token, json: ["name": "Work", "expectedSeq": head])
            #expect(current.status == .created)
            #expect(current["seq"] as? Int == head + 1)
        }
    }

    @Test func leavingKeepsTheRecordWithThePartnerWhoStays() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let left = try await client.api(.post, "/api/v1/couples/\(couple)/leave", token: bob.token)
            #expect(left.status == .ok)
            #expect((left["account"] as? [String: Any])?["coupleId"] is NSNull)
            #expect(try await client.api(.get, "/api/v1/couples/\(couple)", token: bob.token).status == .notFound)

            let view = try await client.api(.get, "/api/v1/couples/\(couple)", token: alice.token)
            #expect(view["partnerLeft"] as? Bool == true)
            #expect((view["areas"] as? [Any])?.count == 7)
            let invite = try await client.api(.post, "/api/v1/couples/\(couple)/invites", token: alice.token)
            #expect(invite.status == .conflict)
            #expect(invite.errorCode == "couple_closed")
            // Bob is free to start again.
            #expect(try await client.api(.post, "/api/v1/couples", token: bob.token).status == .created)
        }
    }

    @Test func theEventFeedSyncsFromASequenceNumber() async throws {
        let server = try TestServer()
        try await server.run { client in
            let alice = try await client.signUp("Alice")
            let couple = try await client.startCouple(alice)
            let page = try await client.api(.get, "/api/v1/couples/\(couple)/events?after=7", token: alice.token)
            let events = try #require(page["events"] as? [[String: Any]])
            #expect(events.map { $0["seq"] as? Int } == [8])
            #expect(events.first?["kind"] as? String == "areaAdded")
            #expect(events.first?["visibility"] as? String == "shared")
            let bad = try await client.api(.get, "/api/v1/couples/\(couple)/events?after=-1", token: alice.token)
            #expect(bad.status == .badRequest)
            // A cursor past the head is answered with where the log really stands, never echoed.
            let past = try await client.api(
                .get, "/api/v1/couples/\(couple)/events?after=1000&afterPrivate=500", token: alice.token)
            #expect((past["events"] as? [Any])?.isEmpty == true)
            #expect(past["seq"] as? Int == 8 && past["privateSeq"] as? Int == 0, "\(past.json)")
        }
    }

    @Test func theEventFeedComesInPagesThatAddUpToTheWhole() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            // Shared and private events interleaved: Bob's journal entries are his alone.
            for day in 1...3 {
                _ = try await client.api(.post, "\(base)/areas", token: alice.token, json: ["name": "Area \(day)"])
                _ = try await client.api(
                    .post, "\(base)/journal", token: bob.token,
                    json: ["text": "Entry \(day)", "day": "2027-01-1\(5 - day)"])
            }
            let whole = try #require(
                try await client.api(.get, "\(base)/events", token: bob.token)["events"] as? [[String: Any]])
            #expect(whole.filter { $0["visibility"] as? String == "private" }.count == 3)

            var paged: [[String: Any]] = []
            var query = "limit=4"
            while true {
                let page = try await client.api(.get, "\(base)/events?\(query)", token: bob.token)
                let events = try #require(page["events"] as? [[String: Any]])
                #expect(events.count <= 4)
                paged += events
                guard let next = page["next"] as? [String: Any] else {
                    #expect(page["next"] is NSNull)
                    break
                }
                query = "limit=4&after=\(next["after"] as! Int)&afterPrivate=\(next["afterPrivate"] as! Int)"
            }
            #expect(
                paged.map { "\($0["visibility"]!)\($0["seq"]!)" } == whole.map { "\($0["visibility"]!)\($0["seq"]!)" })

            for limit in ["0", "1001", "many"] {
                let refused = try await client.api(.get, "\(base)/events?limit=\(limit)", token: bob.token)
                #expect(refused.status == .badRequest)
                #expect(refused.errorField == "limit")
            }
        }
    }
}
