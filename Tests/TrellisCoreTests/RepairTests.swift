import Foundation
import Testing
import TrellisCore

@Suite("Repairing trust: switches, hurts, questions, clear actions")
struct RepairTests {
    static func honesty(_ state: CoupleState) -> AreaID { state.activeAreas.first { $0.name == "Honesty" }!.id }

    static func step(
        _ command: RepairCommand, by actor: MemberID, on state: inout CoupleState, at time: Date = Fixture.now
    )
        throws(CoupleRuleError)
    {
        let pending = try state.decide(command, by: actor, at: time)
        for event in pending { state.apply(event.numbered(event.visibility == .shared ? state.seq + 1 : 1)) }
    }

    /// Alice asks Bob for an action and Bob accepts it; returns its id.
    static func agreedAction(_ what: String, _ cadence: Cadence = .daily, on state: inout CoupleState) throws
        -> ActionID
    {
        let id = ActionID()
        try step(
            .requestAction(id: id, area: honesty(state), what: what, cadence: cadence, note: nil), by: Fixture.alice,
            on: &state)
        try step(.acceptAction(id: id), by: Fixture.bob, on: &state)
        return id
    }

    @Test func aSwitchsHistoryIsBoundedAndPagesBackForBothPartners() throws {
        var state = try Fixture.pairedCouple()
        let area = state.activeAreas[0].id
        for index in 0..<(ListLimit.flips + 2) {
            try Self.step(.setSwitch(area: area, on: index % 2 == 1), by: Fixture.alice, on: &state)
        }
        let mine = try #require(
            state.repairView(for: Fixture.alice, today: Day(Fixture.now))?.areas.first { $0.area.id == area })
        #expect(mine.myHistory.items.count == ListLimit.flips && mine.mySwitch?.history.count == ListLimit.flips + 2)
        let theirs = try #require(
            state.repairView(for: Fixture.bob, today: Day(Fixture.now))?.areas.first { $0.area.id == area })
        #expect(theirs.partnerHistory.items.count == ListLimit.flips)
        let back = try #require(
            state.repairView(for: Fixture.bob, today: Day(Fixture.now), earlier: theirs.partnerHistory.earlier)?.areas
                .first {
                    $0.area.id == area
                })
        #expect(back.partnerHistory.items.map(\.on) == [true, false] && back.partnerHistory.earlier == nil)
    }

    @Test func anAreasHurtsAreBoundedAndPageBackWhileItsFlagsSeeThemAll() throws {
        var state = try Fixture.pairedCouple()
        let area = state.activeAreas[0].id
        for index in 0..<(ListLimit.hurts + 2) {
            try Self.step(
                .recordHurt(id: HurtID(), area: area, what: "Hurt \(index)", help: "Tell me", visibility: .private),
                by: Fixture.alice, on: &state)
        }
        let view = try #require(state.repairView(for: Fixture.alice, today: Day(Fixture.now)))
        let hurts = try #require(view.areas.first { $0.area.id == area }).hurts
        #expect(hurts.items.count == ListLimit.hurts && hurts.items.first?.what == "Hurt \(ListLimit.hurts + 1)")
        let back = try #require(state.repairView(for: Fixture.alice, today: Day(Fixture.now), earlier: hurts.earlier))
        let rest = try #require(back.areas.first { $0.area.id == area })
        #expect(rest.hurts.items.map(\.what) == ["Hurt 1", "Hurt 0"] && rest.hurts.earlier == nil)
        #expect(rest.iWroteAHurt)
        // Bob sees none of them, and no flag says there are any.
        let bob = try #require(
            state.repairView(for: Fixture.bob, today: Day(Fixture.now))?.areas.first { $0.area.id == area })
        #expect(bob.hurts.items.isEmpty && !bob.partnerSharedAHurt)
    }

    @Test func onlyTheOwnerFlipsTheirSwitchAndEveryFlipIsKept() throws {
        var state = try Fixture.pairedCouple()
        let area = Self.honesty(state)
        try Self.step(.setSwitch(area: area, on: false), by: Fixture.alice, on: &state)
        try Self.step(.setSwitch(area: area, on: true), by: Fixture.alice, on: &state)
        #expect(state.repair.trustSwitch(of: Fixture.alice, in: area)?.history.map(\.on) == [false, true])
        // Bob's command sets Bob's own switch, never Alice's.
        try Self.step(.setSwitch(area: area, on: false), by: Fixture.bob, on: &state)
        #expect(state.repair.trustSwitch(of: Fixture.alice, in: area)?.isOn == true)
        let unchanged = #expect(throws: CoupleRuleError.self) {
            try state.decide(.setSwitch(area: area, on: true), by: Fixture.alice, at: Fixture.now)
        }
        #expect(unchanged?.identifier == "switch_unchanged")
        #expect(throws: CoupleRuleError.notAMember) {
            try state.decide(.setSwitch(area: area, on: false), by: Fixture.carol, at: Fixture.now)
        }
    }

    @Test func aPrivateHurtIsInItsAuthorsViewAlone() throws {
        var state = try Fixture.pairedCouple()
        let area = Self.honesty(state)
        try Self.step(.setSwitch(area: area, on: false), by: Fixture.alice, on: &state)
        let id = HurtID()
        try Self.step(
            .recordHurt(id: id, area: area, what: "The lie about Friday", help: "Tell me first", visibility: .private),
            by: Fixture.alice, on: &state)
        let aliceView = try #require(state.repairView(for: Fixture.alice, today: Day(Fixture.now)))
        let bobView = try #require(state.repairView(for: Fixture.bob, today: Day(Fixture.now)))
        #expect(aliceView.areas.flatMap(\.hurts.items).map(\.what) == ["The lie about Friday"])
        #expect(bobView.areas.flatMap(\.hurts.items).isEmpty)
        #expect(throws: CoupleRuleError.self) {
            try state.decide(.shareHurt(id: id), by: Fixture.bob, at: Fixture.now)
        }
        try Self.step(.shareHurt(id: id), by: Fixture.alice, on: &state)
        #expect(state.repairView(for: Fixture.bob, today: Day(Fixture.now))?.areas.flatMap(\.hurts.items).count == 1)
    }

    @Test func oneOpenQuestionPerAreaAndOnlyTheAskedPartnerAnswers() throws {
        var state = try Fixture.pairedCouple()
        let area = Self.honesty(state)
        try Self.step(.setSwitch(area: area, on: true), by: Fixture.alice, on: &state)
        let switchOn = #expect(throws: CoupleRuleError.self) {  // nothing to repair while her switch is on
            try state.decide(.ask(id: QuestionID(), area: area, kind: .whatCanIDo), by: Fixture.bob, at: Fixture.now)
        }
        #expect(switchOn?.identifier == "switch_not_off")
        try Self.step(.setSwitch(area: area, on: false), by: Fixture.alice, on: &state)
        let question = QuestionID()
        try Self.step(.ask(id: question, area: area, kind: .whatCanIDo), by: Fixture.bob, on: &state)
        #expect(throws: CoupleRuleError.self) {
            try state.decide(
                .ask(id: QuestionID(), area: area, kind: .whatHappened), by: Fixture.bob, at: Fixture.now)
        }
        let notYours = #expect(throws: CoupleRuleError.self) {
            try state.decide(.answer(question: question, text: "x"), by: Fixture.bob, at: Fixture.now)
        }
        #expect(notYours?.isForbidden == true)
        try Self.step(.answer(question: question, text: "Tell me before I find out"), by: Fixture.alice, on: &state)
        #expect(state.repair.questions.first?.answer == "Tell me before I find out")
    }

    @Test func theReportableDaysAreTheOnesTheCoreAccepts() throws {
        var state = try Fixture.pairedCouple()
        let daily = try Self.agreedAction("Call at six", on: &state)
        let today = Day(Fixture.now)
        let action = try #require(state.repair.action(daily))
        #expect(action.isReportable(today, today: today, early: false))
        #expect(!action.isReportable(today.adding(days: 1), today: today, early: true))
        // Before it was agreed, and (later on) past the week a report may come late, nothing is open.
        #expect(!action.isReportable(today.adding(days: -1), today: today, early: false))
        let later = today.adding(days: RepairState.reportWindowDays + 1)
        #expect(!action.isReportable(today, today: later, early: false))
        #expect(action.isReportable(today.adding(days: 1), today: later, early: false))
        #expect(throws: StepRefusal.self) { try action.checkReportable(today, today: later, early: false) }
    }

    @Test func aFifthActionInOneDirectionIsRefusedWithTheReason() throws {
        var state = try Fixture.pairedCouple()
        for index in 1...4 { _ = try Self.agreedAction("Text me at \(index)", on: &state) }
        let refusal = #expect(throws: CoupleRuleError.self) {
            try state.decide(

                .requestAction(id: ActionID(), area: Self.honesty(state), what: "Fifth", cadence: .daily, note: nil),
                by: Fixture.alice, at: Fixture.now)
        }
        #expect(refusal?.identifier == "four_actions_already")
        #expect(refusal?.description.contains("four") == true)
        // The other direction has its own four.
        try Self.step(
            .requestAction(id: ActionID(), area: Self.honesty(state), what: "Call me", cadence: .daily, note: nil),
            by: Fixture.bob, on: &state)
        // Retiring one makes room again.
        let first = try #require(state.repair.liveActions(askedBy: Fixture.alice).first?.id)
        try Self.step(.proposeRetirement(id: first), by: Fixture.alice, on: &state)
        #expect(state.repair.liveActions(askedBy: Fixture.alice).count == 3)
    }

    @Test func onlyTheDoerAcceptsAndReportsAndOnlyTheAskerAcknowledges() throws {
        var state = try Fixture.pairedCouple()
        let id = ActionID()
        try Self.step(
            .requestAction(id: id, area: Self.honesty(state), what: "Text me", cadence: .daily, note: "It calms me"),
            by: Fixture.alice, on: &state)
        let today = Day(Fixture.now)
        #expect(throws: CoupleRuleError.self) {  // not accepted yet
            try state.decide(.report(action: id, day: today, outcome: .done), by: Fixture.bob, at: Fixture.now)
        }
        #expect(throws: CoupleRuleError.self) {
            try state.decide(.acceptAction(id: id), by: Fixture.alice, at: Fixture.now)
        }
        try Self.step(.acceptAction(id: id), by: Fixture.bob, on: &state)
        #expect(throws: CoupleRuleError.self) {
            try state.decide(
                .report(action: id, day: today, outcome: .done), by: Fixture.alice, at: Fixture.now)
        }
        try Self.step(.report(action: id, day: today, outcome: .done), by: Fixture.bob, on: &state)
        #expect(throws: CoupleRuleError.self) {
            try state.decide(.acknowledge(action: id, day: today, word: nil), by: Fixture.bob, at: Fixture.now)
        }
        try Self.step(.acknowledge(action: id, day: today, word: "thank you"), by: Fixture.alice, on: &state)
        #expect(state.repair.action(id)?.occurrences[today]?.acknowledged?.text == "thank you")
    }

    @Test func aReportMadeByMistakeIsTakenBackOnlySoonAndOnlyBeforeItIsAnswered() throws {
        var state = try Fixture.pairedCouple()
        let id = try Self.agreedAction("Text me", on: &state)
        let today = Day(Fixture.now)
        let soon = Fixture.now.addingTimeInterval(RepairState.withdrawWindow - 1)
        try Self.step(.report(action: id, day: today, outcome: .missed), by: Fixture.bob, on: &state)
        // Only the doer, only within the window.
        #expect(throws: CoupleRuleError.self) {
            try state.decide(.withdrawReport(action: id, day: today), by: Fixture.alice, at: soon)
        }
        let late = #expect(throws: CoupleRuleError.self) {
            try state.decide(
                .withdrawReport(action: id, day: today), by: Fixture.bob,
                at: Fixture.now.addingTimeInterval(RepairState.withdrawWindow + 1))
        }
        #expect(late?.identifier == "withdraw_window_closed")
        try Self.step(.withdrawReport(action: id, day: today), by: Fixture.bob, on: &state, at: soon)
        #expect(state.repair.action(id)?.occurrences[today] == nil)
        #expect(state.repair.action(id)?.isReportable(today, today: today, early: false) == true)

        // Reported again and acknowledged: what the partner answered stands.
        try Self.step(.report(action: id, day: today, outcome: .done), by: Fixture.bob, on: &state, at: soon)
        try Self.step(.acknowledge(action: id, day: today, word: nil), by: Fixture.alice, on: &state, at: soon)
        let answered = #expect(throws: CoupleRuleError.self) {
            try state.decide(.withdrawReport(action: id, day: today), by: Fixture.bob, at: soon)
        }
        #expect(answered?.identifier == "report_answered")
        #expect(state.repair.action(id)?.occurrences[today]?.outcome == .done)
    }

    @Test func reportsAreBackDatedWithinTheWindowAndNeverSilentlyCounted() throws {
        var state = try Fixture.pairedCouple()
        let start = Fixture.now
        let id = try Self.agreedAction("Walk together", on: &state)
        let later = start.addingTimeInterval(3 * 86_400)
        let yesterday = Day(later).adding(days: -1)
        try Self.step(.report(action: id, day: yesterday, outcome: .missed), by: Fixture.bob, on: &state, at: later)
        #expect(state.repair.action(id)?.occurrences[yesterday]?.outcome == .missed)
        // The day before that was never reported: it stays unreported, neither kept nor missed.
        #expect(state.repair.action(id)?.occurrences[yesterday.adding(days: -1)] == nil)
        #expect(throws: CoupleRuleError.self) {  // the future
            try state.decide(
                .report(action: id, day: Day(later).adding(days: 1), outcome: .done), by: Fixture.bob,
                at: later)
        }
        #expect(throws: CoupleRuleError.self) {  // the same day twice
            try state.decide(.report(action: id, day: yesterday, outcome: .done), by: Fixture.bob, at: later)
        }
        let muchLater = start.addingTimeInterval(20 * 86_400)
        #expect(throws: CoupleRuleError.self) {  // outside the window
            try state.decide(
                .report(action: id, day: Day(start).adding(days: 1), outcome: .done), by: Fixture.bob,
                at: muchLater)
        }
    }

    @Test func aRetiredActionTakesNoReports() throws {
        var state = try Fixture.pairedCouple()
        let id = try Self.agreedAction("Call at lunch", on: &state)
        try Self.step(.proposeRetirement(id: id), by: Fixture.bob, on: &state)
        #expect(state.repair.action(id)?.isActive == true)  // the asker decides
        try Self.step(.answerRetirement(id: id, retire: true), by: Fixture.alice, on: &state)
        #expect(throws: CoupleRuleError.self) {
            try state.decide(
                .report(action: id, day: Day(Fixture.now), outcome: .done), by: Fixture.bob, at: Fixture.now)
        }
    }

    @Test func aRewordBecomesTheActionOnlyWhenTheAskerAccepts() throws {
        var state = try Fixture.pairedCouple()
        let id = ActionID()
        try Self.step(
            .requestAction(id: id, area: Self.honesty(state), what: "Be more open", cadence: .daily, note: nil),
            by: Fixture.alice, on: &state)
        try Self.step(
            .proposeReword(id: id, what: "Tell you one thing about my day", cadence: .weekdays([.monday, .thursday])),
            by: Fixture.bob, on: &state)
        #expect(state.repair.action(id)?.isActive == false)
        try Self.step(.answerReword(id: id, accept: true), by: Fixture.alice, on: &state)
        #expect(state.repair.action(id)?.what == "Tell you one thing about my day")
        #expect(state.repair.action(id)?.isActive == true)
    }

    @Test func aOneOffActionCanBeDoneEarlyButNotMissedOrNoticedEarly() throws {
        var state = try Fixture.pairedCouple()
        let due = Day(Fixture.now).adding(days: 3)
        let id = try Self.agreedAction("Book the counsellor", .once(by: due), on: &state)
        let missedEarly = #expect(throws: CoupleRuleError.self) {
            try state.decide(.report(action: id, day: due, outcome: .missed), by: Fixture.bob, at: Fixture.now)
        }
        #expect(missedEarly?.field == "day")
        #expect(throws: CoupleRuleError.self) {
            try state.decide(.notice(action: id, day: due, word: nil), by: Fixture.alice, at: Fixture.now)
        }
        try Self.step(.report(action: id, day: due, outcome: .done), by: Fixture.bob, on: &state)
        #expect(state.repair.action(id)?.occurrences[due]?.outcome == .done)
        let past = #expect(throws: CoupleRuleError.self) {
            try state.decide(

                .requestAction(
                    id: ActionID(), area: Self.honesty(state), what: "Call",
                    cadence: .once(by: Day(Fixture.now).adding(days: -1)),
                    note: nil), by: Fixture.alice, at: Fixture.now)
        }
        #expect(past?.field == "cadence")
    }

    /// The two questions are about a switch its owner turned off: never set is not off (Maya was
    /// once offered "what happened?" about a switch of Sam's he had not decided, beside her own
    /// hurt), and each question is asked once each time the switch goes off.
    @Test func questionsAreAskedOnceEachTimeTheSwitchGoesOff() throws {
        var state = try Fixture.pairedCouple()
        let area = Self.honesty(state)
        func ask(_ kind: RepairQuestion.Kind, at time: Date) throws(CoupleRuleError) {
            try Self.step(.ask(id: QuestionID(), area: area, kind: kind), by: Fixture.bob, on: &state, at: time)
        }
        func refusal(_ kind: RepairQuestion.Kind, at time: Date) -> String? {
            do {
                try ask(kind, at: time)
                return nil
            } catch { return error.identifier }
        }
        #expect(refusal(.whatHappened, at: Fixture.now) == "switch_not_off")
        try Self.step(.setSwitch(area: area, on: false), by: Fixture.alice, on: &state)
        try ask(.whatHappened, at: Fixture.now.addingTimeInterval(60))
        #expect(refusal(.whatCanIDo, at: Fixture.now.addingTimeInterval(70)) == "question_open")
        let question = try #require(state.repair.questions.last?.id)
        try Self.step(.answer(question: question, text: "The card"), by: Fixture.alice, on: &state)
        #expect(refusal(.whatHappened, at: Fixture.now.addingTimeInterval(80)) == "already_asked")
        try ask(.whatCanIDo, at: Fixture.now.addingTimeInterval(90))
        #expect(
            state.repairView(for: Fixture.bob, today: Day(Fixture.now))?.areas.first { $0.area.id == area }?
                .askable == [])
        let second = try #require(state.repair.questions.last?.id)
        try Self.step(.answer(question: second, text: "Show me"), by: Fixture.alice, on: &state)
        // Off again later: both may be asked again.
        try Self.step(
            .setSwitch(area: area, on: true), by: Fixture.alice, on: &state, at: Fixture.now.addingTimeInterval(100))
        try Self.step(
            .setSwitch(area: area, on: false), by: Fixture.alice, on: &state, at: Fixture.now.addingTimeInterval(110))
        #expect(
            state.repairView(for: Fixture.bob, today: Day(Fixture.now))?.areas.first { $0.area.id == area }?.askable
                == [.whatHappened, .whatCanIDo])
    }

    @Test func vagueWordingIsFlaggedWithoutBlocking() {
        #expect(!VagueWording.flags(in: "Always be more considerate").isEmpty)
        #expect(VagueWording.flags(in: "Be nicer").contains { $0.contains("not a way to be") })
        #expect(VagueWording.flags(in: "Text me when you leave work").isEmpty)
        // A couple may write in German or Spanish whatever they read in: the word is quoted as typed.
        #expect(VagueWording.flags(in: "Sei immer netter").count == 3)
        #expect(VagueWording.flags(in: "Siempre llámame").contains("'Siempre' cannot be seen happening; say when."))
        #expect(VagueWording.flags(in: "Schreib mir, wenn du losfährst").isEmpty)
    }

    @Test func daysAndCadencesFollowTheCalendar() throws {
        let day = try #require(Day(iso: "2026-11-25"))
        #expect(day.weekday == .wednesday)
        #expect(day.description == "2026-11-25")
        #expect(Day(iso: "2026-02-30") == nil)
        #expect(Day(iso: "2024-02-29")?.adding(days: 1).description == "2024-03-01")
        #expect(Cadence.weekdays([.wednesday]).isScheduled(on: day))
        #expect(!Cadence.weekdays([.monday]).isScheduled(on: day))
        #expect(Cadence.once(by: day).isScheduled(on: day))
    }
}
