import Foundation
import PropertyBased
import Testing
import TrellisCore

/// Safe behaviours, emotional trust per area and direction, and the Intimacy Pyramid.
@Suite("Emotional trust and the pyramid")
struct EmotionalTrustTests {
    static let day: TimeInterval = 86_400

    static func area(_ log: CoupleLog, _ index: Int = 1) -> AreaID {
        log.state(for: Fixture.alice).activeAreas[index].id
    }

    static func name(_ log: inout CoupleLog, _ what: String = "Ask about my day") throws -> BehaviourID {
        let id = BehaviourID()
        try log.run(.safeBehaviour(.name(id: id, area: area(log), what: what), today: log.today), by: Fixture.alice)
        return id
    }

    static func happened(_ log: inout CoupleLog, _ id: BehaviourID, by member: MemberID = Fixture.alice) throws -> UUID
    {
        let moment = UUID()
        try log.run(.safeBehaviour(.happened(id: id, moment: moment, word: nil), today: log.today), by: member)
        return moment
    }

    static func setSwitch(_ log: inout CoupleLog, on: Bool) throws {
        try log.run(.repair(.setSwitch(area: area(log), on: on), today: log.today), by: Fixture.alice)
    }

    static func view(_ log: CoupleLog, for member: MemberID = Fixture.alice) throws -> EmotionalTrust {
        try #require(log.state(for: member).emotionalTrust(of: Fixture.alice, in: area(log), at: log.now))
    }

    @Test func onlyTheTrusterNamesRetiresAndConfirms() throws {
        var log = try CoupleLog()
        let id = try Self.name(&log)
        #expect(
            log.refusal(
                .safeBehaviour(.name(id: BehaviourID(), area: Self.area(log), what: "  "), today: log.today),
                by: Fixture.bob)
                == "invalid_what")
        #expect(log.refusal(.safeBehaviour(.retire(id: id), today: log.today), by: Fixture.bob) == "not_yours")
        let claim = try Self.happened(&log, id, by: Fixture.bob)
        #expect(log.state(for: Fixture.bob).safeBehaviours.behaviour(id)?.confirmed.isEmpty == true)
        // The doer cannot confirm their own "I did this": a confirmation in another direction.
        #expect(
            log.refusal(.safeBehaviour(.confirm(id: id, moment: claim, yes: true), today: log.today), by: Fixture.bob)
                == "not_yours")
        try log.run(.safeBehaviour(.confirm(id: id, moment: claim, yes: true), today: log.today), by: Fixture.alice)
        #expect(log.state(for: Fixture.bob).safeBehaviours.behaviour(id)?.confirmed.map(\.id) == [claim])
        #expect(
            log.refusal(
                .safeBehaviour(.confirm(id: id, moment: claim, yes: false), today: log.today), by: Fixture.alice)
                == "already_answered")
        let own = try Self.happened(&log, id)
        #expect(
            log.refusal(.safeBehaviour(.confirm(id: id, moment: own, yes: true), today: log.today), by: Fixture.alice)
                == "moment_not_found")
        try log.run(.safeBehaviour(.retire(id: id), today: log.today), by: Fixture.alice)
        #expect(
            log.refusal(
                .safeBehaviour(.happened(id: id, moment: UUID(), word: nil), today: log.today), by: Fixture.alice)
                == "already_retired")
    }

    @Test func evidenceWhileTheSwitchIsOffWaitsAndCountsOnlyAfterItComesOn() throws {
        var log = try CoupleLog()
        let id = try Self.name(&log)
        try Self.setSwitch(&log, on: false)
        _ = try Self.happened(&log, id)
        _ = try Self.happened(&log, id)
        var view = try Self.view(log)
        #expect(view.onSince == nil)
        #expect(view.weeks.isEmpty)
        #expect(view.waiting[.safeBehaviour] == 2)

        log.wait(Self.day)
        try Self.setSwitch(&log, on: true)
        view = try Self.view(log)
        #expect(view.weeks.count == 1)
        #expect(view.weeks[0].total == 0)
        #expect(view.waiting[.safeBehaviour] == 2)

        // Three weeks with one confirmed moment each: steady for three weeks; then two quiet ones.
        for _ in 0..<3 {
            log.wait(Self.day)
            _ = try Self.happened(&log, id)
            log.wait(6 * Self.day)
        }
        view = try Self.view(log)
        #expect(view.weeks.map(\.total) == [1, 1, 1, 0])
        #expect(view.steadyWeeks == 3)
        log.wait(14 * Self.day)
        view = try Self.view(log)
        #expect(view.quietWeeks == 2)
        #expect(view.steadyWeeks == 0)
        // Both partners see the same picture: it is built from shared records only.
        #expect(try Self.view(log, for: Fixture.bob) == view)
    }

    /// Random moments, waits and switch flips: while the switch is off nothing counts, and once on,
    /// the weeks hold exactly the evidence recorded since.
    @Test func nothingCountsWhileTheSwitchIsOff() async throws {
        try await propertyCheck(count: 100, input: Gen.int(in: 0...9_999).array(of: 1...30)) { codes in
            var log = try CoupleLog()
            let id = try Self.name(&log)
            var moments: [Date] = []
            for code in codes {
                switch code % 4 {
                case 0: log.wait(Double(code % 200) * 3_600)
                case 1: try Self.setSwitch(&log, on: code % 8 == 1)
                default:
                    _ = try Self.happened(&log, id)
                    moments.append(log.now)
                }
                let view = try Self.view(log)
                guard let since = view.onSince else {
                    #expect(view.weeks.isEmpty)
                    #expect(view.waiting[.safeBehaviour, default: 0] == moments.count)
                    continue
                }
                let shownFrom = view.weeks.first?.start ?? since
                #expect(view.weeks.map(\.total).reduce(0, +) == moments.filter { $0 >= shownFrom }.count)
                #expect(view.waiting[.safeBehaviour, default: 0] == moments.filter { $0 < since }.count)
            }
        }
    }

    /// Alice asks Bob for a daily action; Bob reports it for `days` days (a miss every fifth), Alice
    /// acknowledges every other one.
    static func reports(_ log: inout CoupleLog, days: Int) throws {
        let action = ActionID()
        try log.run(
            .repair(
                .requestAction(id: action, area: area(log), what: "Text when leaving work", cadence: .daily, note: nil),
                today: log.today), by: Fixture.alice)
        try log.run(.repair(.acceptAction(id: action), today: log.today), by: Fixture.bob)
        for index in 0..<days {
            try log.run(
                .repair(
                    .report(action: action, day: log.today, outcome: index % 5 == 4 ? .missed : .done), today: log.today
                ),
                by: Fixture.bob)
            if index % 2 == 0, index % 5 != 4 {
                try log.run(
                    .repair(.acknowledge(action: action, day: log.today, word: nil), today: log.today),
                    by: Fixture.alice)
            }
            log.wait(Self.day)
        }
    }

    @Test func levelsHoldInOrderWithTheEvidenceTheyCite() throws {
        var log = try CoupleLog()
        var pyramid = try #require(log.state(for: Fixture.alice).pyramid(for: Fixture.alice, at: log.now))
        #expect(pyramid.place == nil)
        #expect(pyramid.next?.level == .honesty)

        try Self.reports(&log, days: 2)
        pyramid = try #require(log.state(for: Fixture.alice).pyramid(for: Fixture.alice, at: log.now))
        #expect(pyramid.place == nil)
        #expect(pyramid.checks[0].evidence.first == "2 reports made on what was asked, 0 of them honest misses.")

        try Self.reports(&log, days: 20)
        pyramid = try #require(log.state(for: Fixture.alice).pyramid(for: Fixture.alice, at: log.now))
        #expect(pyramid.place == .safety)
        #expect(pyramid.checks[2].level == .trust)
        #expect(pyramid.checks[2].met == false)

        // The switch on in the area, and three weeks of confirmed safe behaviours: trust holds.
        try Self.setSwitch(&log, on: true)
        let id = try Self.name(&log)
        for _ in 0..<3 {
            _ = try Self.happened(&log, id)
            log.wait(7 * Self.day)
        }
        pyramid = try #require(log.state(for: Fixture.bob).pyramid(for: Fixture.alice, at: log.now))
        #expect(pyramid.place == .trust)
        #expect(pyramid.next?.level == .vulnerability)
        #expect(
            pyramid.next?.needs
                == "A core fear shared, a grant of trust given and honoured and a Transparency Window held.")

        // Switched off again: trust stops holding, and the page can name the area.
        try Self.setSwitch(&log, on: false)
        pyramid = try #require(log.state(for: Fixture.alice).pyramid(for: Fixture.alice, at: log.now))
        #expect(pyramid.place == .safety)
        #expect(pyramid.checks[2].holdingBack == [Self.area(log)])
    }

    @Test func noLevelHoldsAboveOneThatDoesNot() throws {
        var log = try CoupleLog()
        let area = Self.area(log)
        let fear = FearID()
        let grant = GrantID()
        let window = WindowID()
        try log.run(.fears(.writeFear(id: fear, area: area, what: "Being left", why: "Before")), by: Fixture.alice)
        try log.run(.fears(.shareFear(id: fear)), by: Fixture.alice)
        try log.run(
            .grant(
                .offer(
                    id: grant, area: area, fear: nil, what: "A trip", stakes: "Missing you", size: .small, reviewOn: nil
                ),
                today: log.today), by: Fixture.alice)
        try log.run(.grant(.answer(id: grant, accept: true), today: log.today), by: Fixture.bob)
        try log.run(.grant(.recordUse(id: grant, text: "I went"), today: log.today), by: Fixture.bob)
        try log.run(.grant(.review(id: grant, honoured: true, why: nil), today: log.today), by: Fixture.alice)
        try log.run(.window(.start(id: window, question: "Why?", seconds: 600)), by: Fixture.alice)
        try log.run(.window(.join(id: window, question: "Why?")), by: Fixture.bob)
        log.wait(60)
        try log.run(.window(.leave(id: window)), by: Fixture.bob)

        let pyramid = try #require(log.state(for: Fixture.alice).pyramid(for: Fixture.alice, at: log.now))
        let vulnerability = try #require(pyramid.checks.first { $0.level == .vulnerability })
        #expect(vulnerability.met)
        #expect(vulnerability.evidence == ["1 fear shared, 1 grant honoured, 1 window held."])
        #expect(pyramid.place == nil)
        #expect(!pyramid.holds(.vulnerability))
        #expect(Pyramid.Level.allCases.allSatisfy { !pyramid.holds($0) })
    }
}
