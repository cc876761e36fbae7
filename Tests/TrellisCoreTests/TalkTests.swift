import Foundation
import Testing
import TrellisCore

/// The weekly check-in: a day both agree to, a turn each written privately, both opening in the
/// same step once both are written and never one alone, and only "I heard you" or thanks back.
@Suite("The weekly check-in")
struct TalkTests {
    static let alicesTurn: [Turn.Part: String] = [.feel: "Quokka: tired but hopeful", .need: "A slow Sunday"]
    static let bobsTurn: [Turn.Part: String] = [.appreciate: "Narwhal: you listened", .own: "I was short with you"]

    static func agreed() throws -> CoupleLog {
        var log = try CoupleLog()
        try log.run(.talk(.propose(weekday: .sunday, time: "20:00"), today: log.today), by: Fixture.alice)
        #expect(log.refusal(.talk(.agree, today: log.today), by: Fixture.alice) == "nothing_to_agree")
        try log.run(.talk(.agree, today: log.today), by: Fixture.bob)
        #expect(log.state(for: Fixture.alice).talk.rhythm?.agreed == true)
        return log
    }

    @Test func aDayAndATimeAreAgreedBeforeAnyTurn() throws {
        var log = try CoupleLog()
        let turn = CoupleCommand.talk(.writeTurn(parts: Self.alicesTurn, partnerTurn: nil), today: log.today)
        #expect(log.refusal(turn, by: Fixture.alice) == "not_agreed")
        #expect(
            log.refusal(.talk(.propose(weekday: .sunday, time: "25:00"), today: log.today), by: Fixture.alice)
                == "invalid_time")
        log = try Self.agreed()
        #expect(log.refusal(turn, by: Fixture.alice) == nil)
        #expect(log.refusal(turn, by: Fixture.alice) == "already_written")
    }

    /// In either order, the first turn is never readable by the other partner until the second is
    /// written; then both open to both in that one append.
    @Test func bothTurnsOpenInTheSameStepNeverOne() throws {
        for (first, second) in [(Fixture.alice, Fixture.bob), (Fixture.bob, Fixture.alice)] {
            var log = try Self.agreed()
            let words = [Fixture.alice: Self.alicesTurn, Fixture.bob: Self.bobsTurn]
            try log.run(.talk(.writeTurn(parts: words[first]!, partnerTurn: nil), today: log.today), by: first)
            let week = Turn.week(of: log.today)
            let seenBySecond = try #require(log.state(for: second).talk.turn(of: first, week: week))
            #expect(seenBySecond.parts == nil && !seenBySecond.opened, "ready, and nothing more")
            #expect(log.events.filter { $0.visibility == .shared }.allSatisfy { !"\($0.payload)".contains("Quokka") })

            let sealed = CoupleCommand.talk(.writeTurn(parts: words[second]!, partnerTurn: nil), today: log.today)
            #expect(log.refusal(sealed, by: second) == "partner_turn_sealed", "never one alone")
            let held = log.state(for: first).talk.turn(of: first, week: week)?.parts
            let opened = try log.run(
                .talk(.writeTurn(parts: words[second]!, partnerTurn: held), today: log.today), by: second)
            #expect(opened.map(\.payload.kind) == ["turnWritten", "turnReady", "turnOpened", "turnOpened"])
            for member in [Fixture.alice, Fixture.bob] {
                let talk = log.state(for: member).talk
                #expect(talk.turn(of: first, week: week)?.parts == words[first])
                #expect(talk.turn(of: second, week: week)?.parts == words[second])
                #expect(talk.turns.allSatisfy { $0.opened })
            }
        }
    }

    @Test func theListenerOnlySaysTheyHeardItOrThanksOnce() throws {
        var log = try Self.agreed()
        try log.run(.talk(.writeTurn(parts: Self.alicesTurn, partnerTurn: nil), today: log.today), by: Fixture.alice)
        let week = Turn.week(of: log.today)
        let answer = CoupleCommand.talk(.answer(week: week, answer: .heard), today: log.today)
        #expect(log.refusal(answer, by: Fixture.bob) == "turn_not_found", "not before it is open")
        try log.run(
            .talk(.writeTurn(parts: Self.bobsTurn, partnerTurn: Self.alicesTurn), today: log.today), by: Fixture.bob)
        try log.run(answer, by: Fixture.bob)
        #expect(log.state(for: Fixture.alice).talk.turn(of: Fixture.alice, week: week)?.answer == .heard)
        #expect(log.refusal(answer, by: Fixture.bob) == "already_answered")
    }

    @Test func homeAsksForATurnOnTheDayOrOnceThePartnersIsWritten() throws {
        var log = try Self.agreed()
        func kinds(_ member: MemberID, on day: Day) throws -> [String] {
            try #require(log.state(for: member).waiting(for: member, today: day, isEvening: false)).forMe
                .map(WaitingTests.kind)
        }
        let sunday = Turn.week(of: log.today).adding(days: 6)
        let monday = Turn.week(of: log.today)
        #expect(try kinds(Fixture.alice, on: monday).isEmpty, "not the day: nothing asked, nothing counted")
        #expect(try kinds(Fixture.alice, on: sunday) == ["yourTurn"])
        try log.run(.talk(.writeTurn(parts: Self.bobsTurn, partnerTurn: nil), today: monday), by: Fixture.bob)
        #expect(try kinds(Fixture.alice, on: monday) == ["yourTurn"], "his is written: hers opens both")
        try log.run(
            .talk(.writeTurn(parts: Self.alicesTurn, partnerTurn: Self.bobsTurn), today: monday), by: Fixture.alice)
        #expect(try kinds(Fixture.alice, on: monday) == ["turnsOpen"])
        #expect(try kinds(Fixture.bob, on: monday) == ["turnsOpen"])
    }
}
