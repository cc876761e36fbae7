import Foundation
import Testing
import TrellisCore

/// Hard dates: a private list of days that hurt, getting ready a week before, and telling the
/// partner only that the week is hard.
@Suite("Hard dates")
struct HardDatesTests {
    static func add(
        _ log: inout CoupleLog, _ what: String, on day: Day, yearly: Bool = true, by member: MemberID = Fixture.alice
    ) throws -> HardDateID {
        let id = HardDateID()
        try log.run(.hardDate(.add(id: id, what: what, day: day, yearly: yearly), today: log.today), by: member)
        return id
    }

    static func date(_ day: Day, yearly: Bool) -> HardDate {
        HardDate(id: HardDateID(), author: Fixture.alice, what: "x", day: day, yearly: yearly)
    }

    @Test func aDayComesBackEachYearAndTheWeekBeforeIsClose() throws {
        let day = try #require(Day(year: 2024, month: 3, day: 10))
        let today = try #require(Day(year: 2026, month: 3, day: 5))
        #expect(Self.date(day, yearly: true).next(from: today) == Day(year: 2026, month: 3, day: 10))
        #expect(Self.date(day, yearly: true).next(from: today.adding(days: 6)) == Day(year: 2027, month: 3, day: 10))
        #expect(Self.date(day, yearly: false).next(from: today) == nil, "a day that does not come back has passed")
        // A leap day comes back on the 28th in other years.
        let leap = Self.date(try #require(Day(year: 2024, month: 2, day: 29)), yearly: true)
        #expect(leap.next(from: try #require(Day(year: 2027, month: 1, day: 1))) == Day(year: 2027, month: 2, day: 28))
        // Close from seven days before to the day itself; not eight, not after.
        let coming = Self.date(try #require(Day(year: 2026, month: 3, day: 10)), yearly: false)
        for offset in -8...1 {
            let close = coming.coming(from: coming.day.adding(days: offset))
            #expect((close != nil) == (-7...0).contains(offset), "offset \(offset)")
        }
    }

    @Test func theListIsTheAuthorsAloneAndOnlyTheTellingIsShared() throws {
        var log = try CoupleLog()
        let bobBefore = log.state(for: Fixture.bob)
        let day = log.today.adding(days: 3)
        let id = try Self.add(&log, "The day it came out", on: day)
        try log.run(
            .hardDate(.prepare(id: id, helped: "A walk first thing", ask: "Dinner at home"), today: log.today),
            by: Fixture.alice)
        #expect(log.state(for: Fixture.bob) == bobBefore, "nothing of the list reaches Bob's record")

        let told = try log.run(
            .hardDate(.tell(id: id, week: HardWeekID(), words: "Please be gentle"), today: log.today), by: Fixture.alice
        )
        #expect(told.map(\.visibility) == [.shared])
        let body = String(decoding: try JSONEncoder().encode(told[0].payload), as: UTF8.self)
        #expect(!body.contains("came out") && !body.contains(id.description), "the telling names no date")
        let bob = log.state(for: Fixture.bob)
        #expect(bob.hardDates.dates.isEmpty)
        #expect(bob.hardDates.current(toldBy: Fixture.alice, on: log.today).map(\.words) == ["Please be gentle"])
        #expect(bob.news.items(for: Fixture.bob, limit: 5).first?.what == .hardWeek(day: day))

        let alice = log.state(for: Fixture.alice)
        #expect(alice.hardDates.date(id)?.preparation(for: day)?.ask == "Dinner at home")
        #expect(
            log.refusal(.hardDate(.tell(id: id, week: HardWeekID(), words: nil), today: log.today), by: Fixture.alice)
                == "already_told")
    }

    @Test func refusalsSayWhyAndChangeNothing() throws {
        var log = try CoupleLog()
        let far = try Self.add(&log, "Our anniversary", on: log.today.adding(days: 30))
        func refusal(_ step: HardDateCommand, by member: MemberID = Fixture.alice) -> String? {
            log.refusal(.hardDate(step, today: log.today), by: member)
        }
        #expect(refusal(.tell(id: far, week: HardWeekID(), words: nil)) == "not_this_week")
        #expect(refusal(.tell(id: far, week: HardWeekID(), words: nil), by: Fixture.bob) == "hard_date_not_found")
        #expect(refusal(.remove(id: far), by: Fixture.bob) == "hard_date_not_found")
        #expect(refusal(.prepare(id: far, helped: "  ", ask: nil)) == "invalid_helped")
        #expect(refusal(.add(id: HardDateID(), what: " ", day: log.today, yearly: true)) == "invalid_what")
        #expect(
            refusal(.add(id: HardDateID(), what: "Gone", day: log.today.adding(days: -1), yearly: false))
                == "day_passed")
        for index in 1..<HardDatesState.maximum { _ = try Self.add(&log, "Day \(index)", on: log.today) }
        #expect(
            refusal(.add(id: HardDateID(), what: "One more", day: log.today, yearly: true)) == "too_many_hard_dates")
        _ = try Self.add(&log, "Bob's own", on: log.today, by: Fixture.bob)
    }

    @Test func homeOffersGettingReadyAWeekBeforeAndTheToldPartnerSeesItUntilTheDay() throws {
        var log = try CoupleLog()
        let day = log.today.adding(days: 9)
        let id = try Self.add(&log, "The day it came out", on: day, yearly: false)
        func waiting(_ member: MemberID) throws -> [Waiting.ForMe] {
            try #require(log.state(for: member).waiting(for: member, today: log.today, isEvening: false)).forMe
        }
        #expect(try waiting(Fixture.alice).isEmpty, "nine days before, nothing yet")
        log.wait(2 * 86_400)
        let date = try #require(log.state(for: Fixture.alice).hardDates.date(id))
        #expect(try waiting(Fixture.alice) == [.hardDate(date, coming: day)])
        #expect(try waiting(Fixture.bob).isEmpty)

        try log.run(.hardDate(.tell(id: id, week: HardWeekID(), words: nil), today: log.today), by: Fixture.alice)
        let week = try #require(log.state(for: Fixture.bob).hardDates.told.first)
        #expect(try waiting(Fixture.bob) == [.hardWeek(week)])
        log.wait(7 * 86_400)
        #expect(try waiting(Fixture.bob) == [.hardWeek(week)], "on the day itself")
        log.wait(86_400)
        #expect(try waiting(Fixture.bob).isEmpty && waiting(Fixture.alice).isEmpty, "the day after, gone")
    }
}
