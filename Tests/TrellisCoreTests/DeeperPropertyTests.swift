import Foundation
import PropertyBased
import Testing
import TrellisCore

/// Then and now and the weekly check-in under random sequences of steps and days, each partner
/// deciding on their own record as the server does.
@Suite("Then and now and the check-in under random sequences")
struct DeeperPropertyTests {
    static let levels: [ThenAndNowAnswer.Part: ThenAndNowAnswer.Level] = [
        .predictability: .mostly, .dependability: .rarely, .faith: .notYet,
    ]

    static func partner(of member: MemberID) -> MemberID { member == Fixture.alice ? Fixture.bob : Fixture.alice }

    /// An answer is taken exactly where the member's own switch is on and they have not answered
    /// that area this month; the partner sees only shared ones, each part as it was answered.
    @Test func anAnswerIsTakenOnlyWhereTheSwitchIsOnOnceAMonth() async throws {
        try await propertyCheck(count: 150, input: Gen.int(in: 0...9_999).array(of: 0...40)) { codes in
            var log = try CoupleLog()
            let areas = log.state(for: Fixture.alice).activeAreas.prefix(2).map(\.id)
            for code in codes {
                let actor = code % 2 == 0 ? Fixture.alice : Fixture.bob
                let area = areas[(code / 2) % 2]
                switch (code / 4) % 4 {
                case 0:
                    let on = (code / 16) % 2 == 0
                    _ = try? log.run(.repair(.setSwitch(area: area, on: on), today: log.today), by: actor)
                case 1: log.wait(Double((code / 16) % 40) * 86_400)
                default:
                    let before = log.state(for: actor)
                    let on = before.repair.trustSwitch(of: actor, in: area)?.isOn == true
                    let answered = before.thenAndNow.answered(by: actor, in: area, monthOf: log.today)
                    let answer = ThenAndNowCommand.answer(
                        id: ThenAndNowID(), area: area, levels: Self.levels, words: nil, shared: code % 3 == 0)
                    let taken = log.refusal(.thenAndNow(answer, today: log.today), by: actor) == nil
                    #expect(taken == (on && !answered))
                }
            }
            for viewer in [Fixture.alice, Fixture.bob] {
                let theirs = log.state(for: viewer).thenAndNow.answers.filter { $0.author == Self.partner(of: viewer) }
                #expect(theirs.allSatisfy { $0.visibility == .shared && $0.levels == Self.levels })
            }
        }
    }

    /// Whatever the order and the days, a partner's turn is readable exactly when both turns of
    /// its week are written; a second turn that cannot open the first writes nothing.
    @Test func aTurnIsReadByThePartnerOnlyOnceBothAreWritten() async throws {
        try await propertyCheck(count: 150, input: Gen.int(in: 0...9_999).array(of: 0...30)) { codes in
            var log = try CoupleLog()
            try log.run(.talk(.propose(weekday: .sunday, time: "20:00"), today: log.today), by: Fixture.alice)
            try log.run(.talk(.agree, today: log.today), by: Fixture.bob)
            for code in codes {
                let actor = code % 2 == 0 ? Fixture.alice : Fixture.bob
                switch (code / 2) % 3 {
                case 0: log.wait(Double((code / 6) % 5) * 86_400)
                default:
                    let week = Turn.week(of: log.today)
                    let partner = Self.partner(of: actor)
                    // What the server fills in: the partner's own words, unless they cannot be opened.
                    let held =
                        (code / 6) % 4 == 0 ? nil : log.state(for: partner).talk.turn(of: partner, week: week)?.parts
                    _ = try? log.run(
                        .talk(.writeTurn(parts: [.feel: "Words of \(code)"], partnerTurn: held), today: log.today),
                        by: actor)
                }
                for viewer in [Fixture.alice, Fixture.bob] {
                    let talk = log.state(for: viewer).talk
                    for turn in talk.turns where turn.author != viewer {
                        let mine = talk.turn(of: viewer, week: turn.week)
                        #expect((turn.parts != nil) == (mine?.parts != nil && turn.opened))
                        #expect(turn.opened == (mine?.opened ?? false), "both open in the same step, never one")
                    }
                }
            }
        }
    }
}
