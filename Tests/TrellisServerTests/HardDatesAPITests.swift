import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisCore

@testable import TrellisServer

/// Hard dates through /api/v1: the list is its author's alone, and the partner learns only that
/// a week is hard, when told.
@Suite("Hard dates through /api/v1")
struct HardDatesAPITests {
    @Test func theListStaysPrivateAndOnlyAToldWeekReachesThePartner() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)/hard-dates"
            let day = Day(server.clock.now()).adding(days: 3)
            let added = try await client.api(
                .post, base, token: alice.token, json: ["what": "Quokka: the day it came out", "day": day.description])
            #expect(added.status == .created)
            let date = try #require((added["hardDates"] as? [[String: Any]])?.first)
            let id = try #require(date["id"] as? String)
            #expect(date["next"] as? String == day.description && date["close"] as? Bool == true)
            #expect(date["yearly"] as? Bool == true, "a hard date comes back every year unless said otherwise")
            #expect(date["ready"] is NSNull && date["lastTime"] is NSNull, "null, not missing")

            let ready = try await client.api(
                .post, "\(base)/\(id)/preparation", token: alice.token,
                json: ["helped": "Narwhal: a walk first thing", "ask": "Dinner at home"])
            #expect(
                ((ready["hardDates"] as? [[String: Any]])?.first?["ready"] as? [String: Any])?["ask"] as? String
                    == "Dinner at home")
            // Before the telling, nothing of it reaches Bob in any answer.
            try await Self.expectNothingReaches(bob, of: ["Quokka", "Narwhal", id], client, server, couple)

            #expect(
                try await client.api(.post, "\(base)/\(id)/tell", token: bob.token, json: [:]).status == .notFound)
            let told = try await client.api(
                .post, "\(base)/\(id)/tell", token: alice.token, json: ["words": "Please be gentle with me"])
            #expect(told.status == .ok)
            #expect((told["toldByMe"] as? [[String: Any]])?.count == 1)
            let again = try await client.api(.post, "\(base)/\(id)/tell", token: alice.token, json: [:])
            #expect(again.status == .conflict && again.errorCode == "already_told")

            let bobs = try await client.api(.get, base, token: bob.token)
            #expect((bobs["hardDates"] as? [Any])?.isEmpty == true)
            let week = try #require((bobs["toldMe"] as? [[String: Any]])?.first)
            #expect(week["day"] as? String == day.description && week["words"] as? String == "Please be gentle with me")
            let news = try await client.api(.get, "/api/v1/couples/\(couple)/news", token: bob.token)
            let first = try #require((news["items"] as? [[String: Any]])?.first)
            #expect(first["kind"] as? String == "hardWeek")
            #expect((first["sentence"] as? String)?.hasPrefix("Alice told you the week up to") == true)
            try await Self.expectNothingReaches(bob, of: ["Quokka", "Narwhal", id], client, server, couple)
        }
    }

    @Test func refusalsNameTheirReason() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, _, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)/hard-dates"
            let far = Day(server.clock.now()).adding(days: 40).description
            let added = try await client.api(.post, base, token: alice.token, json: ["what": "Later", "day": far])
            let id = try #require((added["hardDates"] as? [[String: Any]])?.first?["id"] as? String)
            let early = try await client.api(.post, "\(base)/\(id)/tell", token: alice.token, json: [:])
            #expect(early.status == .conflict && early.errorCode == "not_this_week")
            let badDay = try await client.api(.post, base, token: alice.token, json: ["what": "X", "day": "soon"])
            #expect(badDay.status == .unprocessableContent && badDay.errorCode == "invalid_day")
            let empty = try await client.api(.post, "\(base)/\(id)/preparation", token: alice.token, json: [:])
            #expect(empty.status == .unprocessableContent && empty.errorCode == "invalid_helped")
            #expect(try await client.api(.post, "\(base)/\(id)/remove", token: alice.token, json: [:]).status == .ok)
            let gone = try await client.api(.post, "\(base)/\(id)/remove", token: alice.token, json: [:])
            #expect(gone.status == .notFound && gone.errorCode == "hard_date_not_found")
        }
    }

    /// Every JSON read Bob can make, with the couple's real ids, holds none of `secrets`.
    static func expectNothingReaches(
        _ bob: APIUser, of secrets: [String], _ client: some TestClientProtocol, _ server: TestServer, _ couple: String
    ) async throws {
        let reads = server.trellis.apiRoutes.filter { $0.hasPrefix("GET ") }
        #expect(reads.count > 25, "every read is walked")
        for route in reads {
            let path = ClinicianPrivacyTests.fill(String(route.dropFirst(4)), couple: couple, clinician: bob.id)
            let answer = try await client.api(.get, path, token: bob.token)
            let body = String(decoding: try JSONSerialization.data(withJSONObject: answer.json), as: UTF8.self)
            for secret in secrets { #expect(!body.contains(secret), "\(route) gave Bob \(secret)") }
        }
    }
}
