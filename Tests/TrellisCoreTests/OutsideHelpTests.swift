import Foundation
import Testing
import TrellisCore

/// Outside help: a clinician sees a part of the couple's shared work only while both partners
/// consent to it, until the earlier review day; either partner's withdrawal ends it for both.
@Suite("Outside help, with consent")
struct OutsideHelpTests {
    static let clinician = MemberID(UUID(uuidString: "00000000-0000-0000-0000-0000000000d4")!)

    static func invite(_ parts: Set<HelpScope>, days: Int = 90, by member: MemberID = Fixture.alice, in log: CoupleLog)
        -> CoupleCommand
    {
        .help(
            .invite(clinician: clinician, name: "Dr Rivera", parts: parts, until: log.today.adding(days: days)),
            today: log.today)
    }

    static func consent(_ parts: Set<HelpScope>, days: Int = 90, in log: CoupleLog) -> CoupleCommand {
        .help(.consent(clinician: clinician, parts: parts, until: log.today.adding(days: days)), today: log.today)
    }

    static func access(_ log: CoupleLog, on day: Day? = nil) -> OutsideHelpState.Access? {
        let state = log.state(for: Fixture.alice)
        return state.help.access(for: clinician, members: state.members.map(\.id), on: day ?? log.today)
    }

    @Test func oneConsentIsNotEnoughAndBothOpenOnlyWhatBothChose() throws {
        var log = try CoupleLog()
        try log.run(Self.invite([.repair, .integrity], days: 60, in: log), by: Fixture.alice)
        #expect(Self.access(log) == nil, "the inviter's consent alone opens nothing")
        try log.run(Self.consent([.repair, .windows], days: 30, in: log), by: Fixture.bob)
        let access = try #require(Self.access(log))
        #expect(access.parts == [.repair])
        #expect(access.until == log.today.adding(days: 30))
        #expect(Self.access(log, on: log.today.adding(days: 31)) == nil, "past the earlier review day")
        // Either partner widening their own choice widens nothing the other did not choose.
        try log.run(Self.consent(HelpScope.allCases.reduce(into: []) { $0.insert($1) }, in: log), by: Fixture.bob)
        #expect(Self.access(log)?.parts == [.repair, .integrity])
    }

    @Test func eitherPartnerWithdrawsForBoth() throws {
        for withdrawer in [Fixture.alice, Fixture.bob] {
            var log = try CoupleLog()
            try log.run(Self.invite([.repair], in: log), by: Fixture.alice)
            try log.run(Self.consent([.repair], in: log), by: Fixture.bob)
            #expect(Self.access(log) != nil)
            try log.run(.help(.withdraw(clinician: Self.clinician), today: log.today), by: withdrawer)
            #expect(Self.access(log) == nil)
            #expect(log.refusal(Self.consent([.repair], in: log), by: Fixture.bob) == "clinician_not_found")
            #expect(
                log.refusal(.help(.withdraw(clinician: Self.clinician), today: log.today), by: Fixture.alice)
                    == "clinician_not_found")
            // Asked again, nobody's earlier consent carries over.
            try log.run(Self.invite([.repair], in: log), by: Fixture.bob)
            #expect(Self.access(log) == nil)
            try log.run(Self.consent([.repair], in: log), by: Fixture.alice)
            #expect(Self.access(log)?.parts == [.repair])
        }
    }

    @Test func aPartnerLeavingEndsAccess() throws {
        var log = try CoupleLog()
        try log.run(Self.invite([.repair], in: log), by: Fixture.alice)
        try log.run(Self.consent([.repair], in: log), by: Fixture.bob)
        try log.run(.leave, by: Fixture.bob)
        #expect(Self.access(log) == nil)
    }

    @Test func refusalsChangeNothing() throws {
        var alone = CoupleState()
        _ = try Fixture.run(.start(founderName: "Alice"), by: Fixture.alice, on: &alone)
        let today = Day(Fixture.now)
        #expect(throws: CoupleRuleError.self) {
            try alone.decide(
                .help(
                    .invite(
                        clinician: Self.clinician, name: "Dr Rivera", parts: [.repair], until: today.adding(days: 9)),
                    today: today),
                by: Fixture.alice, at: Fixture.now)
        }

        var log = try CoupleLog()
        #expect(log.refusal(Self.invite([], in: log), by: Fixture.alice) == "invalid_parts")
        #expect(log.refusal(Self.invite([.repair], days: 0, in: log), by: Fixture.alice) == "invalid_until")
        #expect(log.refusal(Self.invite([.repair], days: 400, in: log), by: Fixture.alice) == "invalid_until")
        #expect(
            log.refusal(
                .help(
                    .invite(clinician: Fixture.bob, name: "Bob", parts: [.repair], until: log.today.adding(days: 9)),
                    today: log.today), by: Fixture.alice) == "invalid_clinician")
        #expect(log.refusal(Self.consent([.repair], in: log), by: Fixture.bob) == "clinician_not_found")
        #expect(log.refusal(Self.invite([.repair], in: log), by: Fixture.carol) != nil)
        try log.run(Self.invite([.repair], in: log), by: Fixture.alice)
        #expect(log.refusal(Self.invite([.repair], in: log), by: Fixture.bob) == "already_invited")
        for _ in 1..<OutsideHelpState.maximumActive {
            try log.run(
                .help(
                    .invite(clinician: MemberID(), name: "Another", parts: [.repair], until: log.today.adding(days: 9)),
                    today: log.today), by: Fixture.alice)
        }
        #expect(
            log.refusal(
                .help(
                    .invite(
                        clinician: MemberID(), name: "One more", parts: [.repair], until: log.today.adding(days: 9)),
                    today: log.today), by: Fixture.alice) == "too_many_clinicians")
    }
}

/// The clinician's side: reading writes to the couple's access log; nothing without both consents.
@Suite("A clinician's reads and notes")
struct ClinicianReadTests {
    static let clinician = OutsideHelpTests.clinician

    @Test func everyReadIsLoggedAndNothingOpensWithoutBothConsents() throws {
        var log = try CoupleLog()
        let read = CoupleCommand.clinician(.read, today: log.today)
        #expect(log.refusal(read, by: Self.clinician) == "couple_not_found")
        try log.run(OutsideHelpTests.invite([.repair, .windows], in: log), by: Fixture.alice)
        #expect(log.refusal(read, by: Self.clinician) == "couple_not_found", "one consent is not enough")
        try log.run(OutsideHelpTests.consent([.windows], in: log), by: Fixture.bob)
        let logged = try log.run(read, by: Self.clinician)
        #expect(logged.map(\.payload) == [.help(.viewed(parts: [.windows]))])
        #expect(logged.allSatisfy { $0.visibility == .shared && $0.author == Self.clinician })
        for partner in [Fixture.alice, Fixture.bob] {
            let look = try #require(log.state(for: partner).help.log.last)
            #expect(look.reader == .clinician(Self.clinician, name: "Dr Rivera") && look.parts == [.windows])
        }
        #expect(log.refusal(read, by: Fixture.alice) == "couple_not_found", "a partner is not a clinician")
        try log.run(.help(.withdraw(clinician: Self.clinician), today: log.today), by: Fixture.bob)
        #expect(log.refusal(read, by: Self.clinician) == "couple_not_found")
        #expect(
            log.refusal(.clinician(.note(id: NoteID(), text: "Hello"), today: log.today), by: Self.clinician)
                == "couple_not_found")
    }

    @Test func aNoteReachesBothAndIsChecked() throws {
        var log = try CoupleLog()
        try log.run(OutsideHelpTests.invite([.repair], in: log), by: Fixture.alice)
        try log.run(OutsideHelpTests.consent([.repair], in: log), by: Fixture.bob)
        #expect(
            log.refusal(.clinician(.note(id: NoteID(), text: "  "), today: log.today), by: Self.clinician)
                == "invalid_text")
        try log.run(.clinician(.note(id: NoteID(), text: "Try the evening walk"), today: log.today), by: Self.clinician)
        #expect(log.state(for: Fixture.bob).help.notes.map(\.text) == ["Try the evening walk"])
        #expect(log.state(for: Fixture.alice).help.notes.first?.name == "Dr Rivera")
    }

    @Test func eachPartCoversOnlyItsSharedWork() {
        let reflection = EventPayload.window(.reflected(id: WindowID(), text: "It helped"))
        let question = EventPayload.window(.question(id: WindowID(), text: "Did you?"))
        #expect(HelpScope.windows.covers(reflection) && !HelpScope.windows.covers(question))
        #expect(HelpScope.repair.covers(.rupture(.feelsRepaired(id: RuptureID(), repaired: true))))
        #expect(!HelpScope.repair.covers(.areaAdded(id: AreaID(), name: "Money")))
        #expect(!HelpScope.integrity.covers(.fears(.fearWithdrawn(id: FearID()))))
    }
}
