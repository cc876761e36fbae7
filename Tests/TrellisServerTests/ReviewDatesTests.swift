import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TrellisServer

/// The days a couple set to look again at a grant or an expectation reach both partners'
/// calendars, and leave them when the grant is taken back.
@Suite("Review days in the calendar feed")
struct ReviewDatesTests {
    @Test func bothCalendarsCarryAReviewDayUntilTheGrantIsWithdrawn() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let base = "/api/v1/couples/\(couple)"
            let area = try await client.areaId("Friendships", couple: couple, as: alice)
            let offered = try await client.api(
                .post, "\(base)/grants", token: alice.token,
                json: [
                    "areaId": area, "what": "Dinner with your old friend", "stakes": "Being left out", "size": "small",
                    "reviewOn": "2027-02-01",
                ])
            let grant = try #require((offered["given"] as? [[String: Any]])?.first?["id"] as? String)
            _ = try await client.api(
                .post, "\(base)/expectations", token: bob.token,
                json: ["areaId": area, "words": "Late nights out: a text by eleven", "reviewOn": "2027-03-01"])
            let sealed = try await client.api(
                .post, "\(base)/areas/\(area)/fears", token: alice.token,
                json: ["what": "Sealed fear words", "why": "Sealed reason"])
            #expect(sealed.status == .created)

            for member in [alice, bob] {
                let text = try await Self.calendar(of: member, client)
                let grantDay = try #require(Self.event(in: text, containing: "Dinner with your old friend"))
                #expect(grantDay.contains("SUMMARY:Look again together: Dinner with your old friend"))
                #expect(grantDay.contains("DTSTART;VALUE=DATE:20270201"))
                let expectationDay = try #require(Self.event(in: text, containing: "Late nights out"))
                #expect(expectationDay.contains("DTSTART;VALUE=DATE:20270301"))
                #expect(!text.contains("Sealed"))
            }

            _ = try await client.api(.post, "\(base)/grants/\(grant)/withdraw", token: alice.token)
            let afterwards = try await Self.calendar(of: bob, client)
            #expect(Self.event(in: afterwards, containing: "Dinner with your old friend") == nil)
            #expect(Self.event(in: afterwards, containing: "Late nights out") != nil)
        }
    }

    static func calendar(of member: APIUser, _ client: some TestClientProtocol) async throws -> String {
        let url = try #require(
            try await client.api(.post, "/api/v1/calendar-feed", token: member.token)["url"] as? String)
        let path = String(url.dropFirst(TestServer.publicURL.count))
        return try await client.execute(uri: path, method: .get) { String(buffer: $0.body) }
    }

    static func event(in calendar: String, containing words: String) -> String? {
        calendar.components(separatedBy: "BEGIN:VEVENT").dropFirst().first { $0.contains(words) }
    }
}
