import Foundation
import HummingbirdTesting
import Testing
import TrellisCore

@testable import TrellisServer

/// Hard dates on the web: a private list, home's moment to get ready a week before, and the
/// partner's home once told.
@Suite("Hard dates' pages")
struct HardDatesPageTests {
    @Test func aWeekBeforeHomeOffersGettingReadyAndTheToldPartnerSeesOnlyTheWeek() async throws {
        let server = try TestServer()
        try await server.run { client in
            let (alice, bob) = try await WebPageTests.pairedBrowsers(client)
            let day = Day(server.clock.now()).adding(days: 10)
            let added = try await alice.post(
                Post.addHardDate().path, ["what": "Quokka: the day it came out", "day": day.description])
            #expect(added.location == Page.hardDates(done: .hardDateAdded).description)
            let list = try await alice.get("/hard-dates").html
            #expect(list.contains("Quokka: the day it came out") && list.contains("in 10 days"))
            #expect(!(try await alice.get("/home").html.contains("A hard day is close")), "ten days before: not yet")

            server.clock.advance(by: 4 * 86_400)
            let home = try await alice.get("/home").html
            #expect(home.contains("A hard day is close: Quokka: the day it came out"))
            let id = try #require(list.firstMatch(of: /id="hard-date-([0-9a-f-]+)"/)?.1)
            let ready = try await alice.post(
                "/hard-dates/\(id)/prepare", ["helped": "Narwhal: a walk first thing", "ask": "Dinner at home"])
            #expect(ready.location == Page.hardDates(done: .readyKept).description)
            #expect(try await alice.get("/hard-dates").html.contains("Narwhal: a walk first thing"))
            for page in ["/home", "/hard-dates", "/integrity", "/trust"] {
                let html = try await bob.get(page).html
                #expect(!html.contains("Quokka") && !html.contains("Narwhal"), "\(page) before the telling")
            }

            let told = try await alice.post("/hard-dates/\(id)/tell", ["words": "Please be gentle"])
            #expect(told.location == Page.hardDates(done: .hardWeekTold).description)
            #expect(try await alice.get("/hard-dates").html.contains("You told Bob today"))
            let bobsHome = try await bob.get("/home").html
            #expect(bobsHome.contains("Alice told you the week up to") && bobsHome.contains("Please be gentle"))
            let bobsPage = try await bob.get("/hard-dates").html
            #expect(bobsPage.contains("Alice told you") && bobsPage.contains(#"href="/grants""#))
            for page in ["/home", "/hard-dates", "/integrity", "/trust"] {
                let html = try await bob.get(page).html
                #expect(!html.contains("Quokka") && !html.contains("Narwhal"), "\(page) after the telling")
            }
            let refused = try await alice.post("/hard-dates/\(id)/tell", ["words": "Again"])
            #expect(refused.status == .conflict && refused.html.contains("knows this week is hard"))
        }
    }
}
