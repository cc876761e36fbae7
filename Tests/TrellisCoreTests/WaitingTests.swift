import Foundation
import Testing
import TrellisCore

/// The home page's "today": what waits for each partner, and what each waits for from the other.
@Suite("What is waiting")
struct WaitingTests {
    static let today = Day(Fixture.now)

    static func step(_ command: RepairCommand, by actor: MemberID, on state: inout CoupleState) throws {
        _ = try Fixture.run(.repair(command, today: today), by: actor, on: &state)
    }

    static func waiting(_ state: CoupleState, for member: MemberID, evening: Bool = false) throws -> Waiting {
        try #require(state.waiting(for: member, today: today, isEvening: evening))
    }

    @Test func aQuestionWaitsForTheOneAskedUntilAnswered() throws {
        var state = try Fixture.pairedCouple()
        let area = state.activeAreas[0].id
        #expect(try Self.waiting(state, for: Fixture.alice).forMe.isEmpty)
        try Self.step(.setSwitch(area: area, on: false), by: Fixture.alice, on: &state)
        let question = QuestionID()
        try Self.step(.ask(id: question, area: area, kind: .whatCanIDo), by: Fixture.bob, on: &state)

        let alice = try Self.waiting(state, for: Fixture.alice)
        #expect(alice.forMe.count == 1)
        guard case .question(let asked) = alice.forMe.first else {
            Issue.record("no question waiting")
            return
        }
        #expect(asked.id == question)
        #expect(try Self.waiting(state, for: Fixture.bob).fromPartner.count == 1)

        try Self.step(.answer(question: question, text: "Tell me first"), by: Fixture.alice, on: &state)
        #expect(try Self.waiting(state, for: Fixture.alice).forMe.isEmpty)
        #expect(try Self.waiting(state, for: Fixture.bob).fromPartner.isEmpty)
    }

    @Test func requestsThenTodaysReportWaitForTheDoer() throws {
        var state = try Fixture.pairedCouple()
        let action = ActionID()
        try Self.step(
            .requestAction(id: action, area: state.activeAreas[0].id, what: "Call at six", cadence: .daily, note: nil),
            by: Fixture.alice, on: &state)
        #expect(try Self.waiting(state, for: Fixture.bob).forMe.map(Self.kind) == ["requests"])
        #expect(try Self.waiting(state, for: Fixture.alice).fromPartner.map(Self.kind) == ["requests"])

        try Self.step(.acceptAction(id: action), by: Fixture.bob, on: &state)
        #expect(try Self.waiting(state, for: Fixture.bob).forMe.map(Self.kind) == ["report"])
        #expect(try Self.waiting(state, for: Fixture.alice).fromPartner.isEmpty)

        try Self.step(.report(action: action, day: Self.today, outcome: .missed), by: Fixture.bob, on: &state)
        #expect(try Self.waiting(state, for: Fixture.bob).forMe.isEmpty)
    }

    @Test func tonightsJournalWaitsOnlyInTheEveningAndUntilWritten() throws {
        var state = try Fixture.pairedCouple()
        #expect(try Self.waiting(state, for: Fixture.bob, evening: false).forMe.isEmpty)
        #expect(try Self.waiting(state, for: Fixture.bob, evening: true).forMe == [.journal])
        _ = try Fixture.run(
            .integrity(.writeJournal(id: EntryID(), day: Self.today, text: "Stayed"), today: Self.today),
            by: Fixture.bob,
            on: &state)
        #expect(try Self.waiting(state, for: Fixture.bob, evening: true).forMe.isEmpty)
        #expect(state.waiting(for: Fixture.carol, today: Self.today, isEvening: true) == nil)
    }

    @Test func aPartnerReadyToShareFearsAndASharedFearWaitUntilTakenUp() throws {
        var state = try Fixture.pairedCouple()
        let money = state.activeAreas[1].id
        let fear = FearID()
        for (step, actor) in [
            (FearCommand.writeFear(id: fear, area: money, what: "Debts", why: "Before"), Fixture.alice),
            (.revealTogether(area: money, partnerFears: []), Fixture.alice),
        ] {
            _ = try Fixture.run(.fears(step), by: actor, on: &state)
        }
        #expect(try Self.waiting(state, for: Fixture.bob, evening: false).forMe == [.fearsReady(money)])
        #expect(try Self.waiting(state, for: Fixture.alice, evening: false).forMe.isEmpty)
        _ = try Fixture.run(.fears(.shareFear(id: fear)), by: Fixture.alice, on: &state)
        let shared = try #require(state.fears.fear(fear))
        #expect(
            try Self.waiting(state, for: Fixture.bob, evening: false).forMe == [
                .fearsReady(money), .sharedFear(shared),
            ])
        _ = try Fixture.run(.fears(.answerFear(id: fear, line: "Thank you")), by: Fixture.bob, on: &state)
        #expect(try Self.waiting(state, for: Fixture.bob, evening: false).forMe == [.fearsReady(money)])
    }

    @Test func aGrantAndProposedWordsWaitForTheOtherPartnerUntilAnswered() throws {
        var state = try Fixture.pairedCouple()
        let area = state.activeAreas[0].id
        let grant = GrantID()
        let expectation = ExpectationID()
        _ = try Fixture.run(
            .grant(
                .offer(
                    id: grant, area: area, fear: nil, what: "Dinner with Sam", stakes: "Feeling left", size: .small,
                    reviewOn: nil), today: Self.today), by: Fixture.alice, on: &state)
        _ = try Fixture.run(
            .expectation(
                .propose(id: expectation, area: area, words: "Tell me beforehand", promise: false, reviewOn: nil),
                today: Self.today), by: Fixture.alice, on: &state)
        #expect(try Self.waiting(state, for: Fixture.bob).forMe.map(Self.kind) == ["grant", "words"])
        #expect(try Self.waiting(state, for: Fixture.alice).forMe.isEmpty)
        #expect(try Self.waiting(state, for: Fixture.alice).fromPartner.map(Self.kind) == ["grant", "words"])

        _ = try Fixture.run(.grant(.answer(id: grant, accept: true), today: Self.today), by: Fixture.bob, on: &state)
        _ = try Fixture.run(
            .expectation(.agree(id: expectation, version: 1), today: Self.today), by: Fixture.bob, on: &state)
        #expect(try Self.waiting(state, for: Fixture.bob).forMe.isEmpty)
        #expect(try Self.waiting(state, for: Fixture.alice).fromPartner.isEmpty)
    }

    @Test func aWithdrawnConsentAndSomethingToldAreNoticesForThePartnerOnly() throws {
        var state = try Fixture.pairedCouple()
        let area = state.activeAreas[0].id
        let promise = ExpectationID()
        let disclosure = UUID()
        for (step, actor) in [
            (
                ExpectationCommand.propose(id: promise, area: area, words: "I tell you", promise: true, reviewOn: nil),
                Fixture.alice
            ),
            (.agree(id: promise, version: 1), Fixture.bob),
            (.disclose(id: promise, disclosure: disclosure, text: "Coffee today"), Fixture.alice),
        ] {
            _ = try Fixture.run(.expectation(step, today: Self.today), by: actor, on: &state)
        }
        let told = try Self.waiting(state, for: Fixture.bob).forMe
        #expect(told.map(Self.kind) == ["told"])
        #expect(told.allSatisfy { $0.isNotice })
        #expect(try Self.waiting(state, for: Fixture.alice).forMe.isEmpty)

        _ = try Fixture.run(
            .expectation(.thank(id: promise, disclosure: disclosure), today: Self.today), by: Fixture.bob, on: &state)
        _ = try Fixture.run(
            .expectation(.withdrawConsent(id: promise), today: Self.today), by: Fixture.bob, on: &state)
        #expect(try Self.waiting(state, for: Fixture.bob).forMe.isEmpty)
        #expect(try Self.waiting(state, for: Fixture.alice).forMe.map(Self.kind) == ["consentWithdrawn"])
    }

    /// However much one partner writes, home holds a screen's worth of each kind: the newest.
    @Test func endlessFeedbackAndThingsToldWaitTheNewestFewAtATime() throws {
        var state = try Fixture.pairedCouple()
        let promise = ExpectationID()
        for (step, actor) in [
            (
                ExpectationCommand.propose(
                    id: promise, area: state.activeAreas[0].id, words: "I tell you", promise: true, reviewOn: nil),
                Fixture.alice
            ),
            (.agree(id: promise, version: 1), Fixture.bob),
        ] {
            _ = try Fixture.run(.expectation(step, today: Self.today), by: actor, on: &state)
        }
        let many = ListLimit.waitingOnHome + 5
        var told: [UUID] = []
        for index in 0..<many {
            told.append(UUID())
            _ = try Fixture.run(
                .expectation(.disclose(id: promise, disclosure: told[index], text: "Told \(index)"), today: Self.today),
                by: Fixture.alice, on: &state)
            _ = try Fixture.run(
                .integrity(
                    .giveFeedback(id: FeedbackID(), to: Fixture.bob, text: "Feedback \(index)"), today: Self.today),
                by: Fixture.alice, on: &state)
        }
        let bob = try Self.waiting(state, for: Fixture.bob).forMe
        let toldNow = bob.compactMap { item -> UUID? in
            if case .told(_, let disclosure) = item { disclosure.id } else { nil }
        }
        #expect(toldNow == Array(told.suffix(ListLimit.waitingOnHome)))
        #expect(bob.filter { Self.kind($0) == "feedback" }.count == ListLimit.waitingOnHome)
        #expect(try Self.waiting(state, for: Fixture.alice).fromPartner.count == ListLimit.waitingOnHome)

        // As the newest are answered, the earlier ones take their place.
        _ = try Fixture.run(
            .expectation(.thank(id: promise, disclosure: told[many - 1]), today: Self.today), by: Fixture.bob,
            on: &state)
        let after = try Self.waiting(state, for: Fixture.bob).forMe.compactMap { item -> UUID? in
            if case .told(_, let disclosure) = item { disclosure.id } else { nil }
        }
        #expect(after == Array(told.dropLast().suffix(ListLimit.waitingOnHome)))
    }

    static func kind(_ item: Waiting.ForMe) -> String {
        switch item {
        case .hardWeek: "hardWeek"
        case .hardDate: "hardDate"
        case .talkProposed: "talkProposed"
        case .turnsOpen: "turnsOpen"
        case .yourTurn: "yourTurn"
        case .question: "question"
        case .requests: "requests"
        case .reword: "reword"
        case .retirement: "retirement"
        case .report: "report"
        case .feedback: "feedback"
        case .reflection: "reflection"
        case .tryAgain: "tryAgain"
        case .journal: "journal"
        case .fearsReady: "fearsReady"
        case .sharedFear: "sharedFear"
        case .grant: "grant"
        case .words: "words"
        case .consentWithdrawn: "consentWithdrawn"
        case .told: "told"
        case .window: "window"
        case .rupture: "rupture"
        case .clinicianAskedIn: "clinicianAskedIn"
        case .suggestion: "suggestion"
        }
    }

    static func kind(_ item: Waiting.FromPartner) -> String {
        switch item {
        case .answer: "answer"
        case .requests: "requests"
        case .reflection: "reflection"
        case .grant: "grant"
        case .words: "words"
        case .window: "window"
        }
    }
}
