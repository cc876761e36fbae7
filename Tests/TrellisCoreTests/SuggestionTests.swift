import Foundation
import Testing
import TrellisCore

/// A clinician's suggestion is only words until a partner takes it on; then it becomes the usual
/// step (an action asked of its doer, an expectation proposed), decided by the usual rules.
@Suite("A clinician's suggestions")
struct SuggestionTests {
    static let clinician = OutsideHelpTests.clinician

    /// Alice and Bob with Dr Rivera open to `parts` for both.
    static func consented(_ parts: Set<HelpScope>) throws -> CoupleLog {
        var log = try CoupleLog()
        try log.run(OutsideHelpTests.invite(parts, in: log), by: Fixture.alice)
        try log.run(OutsideHelpTests.consent(parts, in: log), by: Fixture.bob)
        return log
    }

    static func suggest(
        _ kind: Suggestion.Kind, doer: MemberID? = nil, _ words: String = "Text when running late",
        id: SuggestionID = SuggestionID(),
        in log: CoupleLog
    ) -> CoupleCommand {
        .clinician(.suggest(id: id, kind: kind, doer: doer, words: words), today: log.today)
    }

    static func area(_ log: CoupleLog) -> AreaID { log.state(for: Fixture.alice).activeAreas[0].id }

    @Test func anActionIsAskedOfItsDoerByTheOtherPartner() throws {
        var log = try Self.consented([.repair])
        let id = SuggestionID()
        try log.run(Self.suggest(.clearAction, doer: Fixture.bob, id: id, in: log), by: Self.clinician)
        let waiting = try #require(
            log.state(for: Fixture.alice).waiting(for: Fixture.alice, today: log.today, isEvening: false))
        #expect(waiting.forMe.map(WaitingTests.kind) == ["suggestion"])
        let bobs = try #require(
            log.state(for: Fixture.bob).waiting(for: Fixture.bob, today: log.today, isEvening: false))
        #expect(bobs.forMe.isEmpty, "nobody asks an action of themselves")

        let take = { (cadence: Cadence?) in
            CoupleCommand.help(
                .takeOn(suggestion: id, as: UUID(), area: Self.area(log), cadence: cadence), today: log.today)
        }
        #expect(log.refusal(take(.daily), by: Fixture.bob) == "not_yours")
        #expect(log.refusal(take(nil), by: Fixture.alice) == "invalid_cadence")
        let taken = try log.run(take(.daily), by: Fixture.alice)
        #expect(taken.count == 2 && taken[0].payload == .help(.suggestionAnswered(id: id, accepted: true)))
        let action = try #require(log.state(for: Fixture.bob).repair.actions.first)
        #expect(action.asker == Fixture.alice && action.doer == Fixture.bob && action.what == "Text when running late")
        #expect(action.status == .requested, "the doer still agrees to it, or not")
        #expect(log.refusal(take(.daily), by: Fixture.alice) == "already_answered")
        #expect(log.refusal(.help(.decline(suggestion: id), today: log.today), by: Fixture.bob) == "already_answered")
    }

    @Test func anExpectationIsProposedAndEitherMayDecline() throws {
        var log = try Self.consented([.expectations])
        let first = SuggestionID()
        let second = SuggestionID()
        try log.run(
            Self.suggest(.expectation, "We talk about money on Sundays", id: first, in: log), by: Self.clinician)
        try log.run(Self.suggest(.expectation, "Phones away at dinner", id: second, in: log), by: Self.clinician)
        try log.run(
            .help(.takeOn(suggestion: first, as: UUID(), area: Self.area(log), cadence: nil), today: log.today),
            by: Fixture.bob)
        let expectation = try #require(log.state(for: Fixture.alice).expectations.expectations.first)
        #expect(expectation.latest.words == "We talk about money on Sundays")
        try log.run(.help(.decline(suggestion: second), today: log.today), by: Fixture.alice)
        let answers = log.state(for: Self.clinician).help.suggestions.map(\.answer)
        #expect(answers.map { $0?.accepted } == [true, false])
        #expect(answers.map { $0?.by } == [Fixture.bob, Fixture.alice])
        #expect(log.state(for: Fixture.alice).help.openSuggestions.isEmpty)
    }

    @Test func aClinicianSuggestsOnlyInOpenPartsAndAtTheCouplesPace() throws {
        var log = try Self.consented([.expectations])
        #expect(
            log.refusal(Self.suggest(.clearAction, doer: Fixture.bob, in: log), by: Self.clinician) == "part_not_open")
        #expect(
            log.refusal(Self.suggest(.expectation, doer: Fixture.bob, in: log), by: Self.clinician) == "invalid_doer")
        #expect(log.refusal(Self.suggest(.expectation, "  ", in: log), by: Self.clinician) == "invalid_words")
        #expect(log.refusal(Self.suggest(.expectation, in: log), by: Fixture.alice) == "couple_not_found")
        for _ in 0..<OutsideHelpState.maximumOpenSuggestions {
            try log.run(Self.suggest(.expectation, in: log), by: Self.clinician)
        }
        #expect(log.refusal(Self.suggest(.expectation, in: log), by: Self.clinician) == "too_many_suggestions")

        var repair = try Self.consented([.repair])
        #expect(repair.refusal(Self.suggest(.clearAction, in: repair), by: Self.clinician) == "invalid_doer")
        #expect(
            repair.refusal(Self.suggest(.clearAction, doer: Self.clinician, in: repair), by: Self.clinician)
                == "invalid_doer")
        try repair.run(.help(.withdraw(clinician: Self.clinician), today: repair.today), by: Fixture.bob)
        #expect(
            repair.refusal(Self.suggest(.clearAction, doer: Fixture.bob, in: repair), by: Self.clinician)
                == "couple_not_found")
        #expect(
            repair.refusal(
                .help(.decline(suggestion: SuggestionID()), today: repair.today), by: Fixture.alice)
                == "suggestion_not_found")
    }

    @Test func aTakenOnStepFollowsTheUsualRulesOrNothingIsAnswered() throws {
        var log = try Self.consented([.repair])
        let id = SuggestionID()
        try log.run(Self.suggest(.clearAction, doer: Fixture.bob, id: id, in: log), by: Self.clinician)
        let archived = Self.area(log)
        try log.run(.archiveArea(archived), by: Fixture.alice)
        #expect(
            log.refusal(
                .help(.takeOn(suggestion: id, as: UUID(), area: archived, cadence: .daily), today: log.today),
                by: Fixture.alice) != nil)
        #expect(log.state(for: Fixture.alice).help.openSuggestions.count == 1)
    }

    @Test func askingInWaitsForTheOtherPartnersChoice() throws {
        var log = try CoupleLog()
        try log.run(OutsideHelpTests.invite([.repair], in: log), by: Fixture.alice)
        let bobs = try #require(
            log.state(for: Fixture.bob).waiting(for: Fixture.bob, today: log.today, isEvening: false))
        #expect(bobs.forMe.map(WaitingTests.kind) == ["clinicianAskedIn"])
        let alices = log.state(for: Fixture.alice).waiting(for: Fixture.alice, today: log.today, isEvening: false)
        #expect(alices?.forMe.isEmpty == true)
        try log.run(OutsideHelpTests.consent([.repair], in: log), by: Fixture.bob)
        #expect(
            log.state(for: Fixture.bob).waiting(for: Fixture.bob, today: log.today, isEvening: false)?.forMe.isEmpty
                == true)
    }
}
