import Foundation
import Testing
import TrellisCore

@Suite("Becoming trustworthy: noticing, the evening journal, sliding doors, feedback")
struct IntegrityTests {
    static let today = Day(Fixture.now)

    /// Decides a practice step for `actor` and folds it into the states of both partners as the
    /// server would: each partner's state holds shared events and their own private ones.
    static func step(
        _ command: IntegrityCommand, by actor: MemberID, states: inout [MemberID: CoupleState],
        at time: Date = Fixture.now
    ) throws(CoupleRuleError) {
        let pending = try states[actor]!.decide(.integrity(command, today: Day(time)), by: actor, at: time)
        for event in pending {
            for member in [Fixture.alice, Fixture.bob] where event.visibility == .shared || event.author == member {
                let seq = event.visibility == .shared ? states[member]!.seq + 1 : 1
                states[member]!.apply(event.numbered(seq))
            }
        }
    }

    static func paired() throws -> [MemberID: CoupleState] {
        let state = try Fixture.pairedCouple()
        return [Fixture.alice: state, Fixture.bob: state]
    }

    @Test func theViewHoldsTheNewestEntriesAndPagesBackByCursor() throws {
        var states = try Self.paired()
        let count = ListLimit.entries + 12
        for index in 0..<count {
            try Self.step(
                .notice(
                    id: EntryID(), day: Self.today.adding(days: index / 10 - 5), what: "Entry \(index)", area: nil,
                    shared: index % 3 == 0),
                by: Fixture.bob, states: &states)
        }
        let bob = states[Fixture.bob]!
        let recent = try #require(bob.integrityView(for: Fixture.bob, today: Self.today))
        #expect(recent.myEntries.count == ListLimit.entries)
        #expect(recent.myEntries.first?.text == "Entry \(count - 1)")  // the latest written first
        let cursor = try #require(recent.earlierEntries)
        #expect(ListCursor(cursor.description) == cursor)
        #expect(recent.olderBefore == recent.myEntries.last?.day)
        let back = try #require(bob.integrityView(for: Fixture.bob, today: Self.today, earlier: cursor))
        #expect(back.myEntries.map(\.text) == (0..<12).reversed().map { "Entry \($0)" })
        #expect(back.earlierEntries == nil)
        // The partner sees only what was shared, bounded and paged the same way.
        let alice = try #require(states[Fixture.alice]!.integrityView(for: Fixture.alice, today: Self.today))
        #expect(
            alice.sharedWithMe.map(\.text)
                == stride(from: count - 1, through: 0, by: -1).filter { $0 % 3 == 0 }.map { "Entry \($0)" })
        #expect(alice.earlierEntries == nil && alice.myEntries.isEmpty)
    }

    @Test func feedbackIsBoundedEachWayAndTheWaitForAReflectionSeesAllOfIt() throws {
        var states = try Self.paired()
        let first = FeedbackID()
        for index in 0...ListLimit.feedback {
            let id = index == 0 ? first : FeedbackID()
            try Self.step(
                .giveFeedback(id: id, to: Fixture.bob, text: "Feedback \(index)"), by: Fixture.alice, states: &states)
        }
        let bob = try #require(states[Fixture.bob]!.integrityView(for: Fixture.bob, today: Self.today))
        #expect(bob.feedbackToMe.items.count == ListLimit.feedback)
        #expect(!bob.feedbackToMe.items.contains { $0.id == first })
        // The oldest is out of sight, still waiting to be named back: Bob's own feedback waits.
        #expect(bob.awaitsMyReflection)
        let back = try #require(
            states[Fixture.bob]!.integrityView(for: Fixture.bob, today: Self.today, earlier: bob.feedbackToMe.earlier))
        #expect(back.feedbackToMe.items.map(\.id) == [first] && back.feedbackToMe.earlier == nil)
        let alice = try #require(states[Fixture.alice]!.integrityView(for: Fixture.alice, today: Self.today))
        #expect(alice.feedbackFromMe.items.count == ListLimit.feedback && alice.feedbackFromMe.earlier != nil)
    }

    @Test func privateEntriesStayWithTheirAuthorUntilShared() throws {
        var states = try Self.paired()
        let noticing = EntryID()
        try Self.step(
            .notice(id: noticing, day: Self.today, what: "She asked about my day", area: nil, shared: false),
            by: Fixture.bob, states: &states)
        try Self.step(
            .writeJournal(id: EntryID(), day: Self.today, text: "I called without being asked"), by: Fixture.bob,
            states: &states)
        try Self.step(
            .slidingDoor(
                id: EntryID(), day: Self.today, toward: false, what: "I stayed on my phone", area: nil, shared: false),
            by: Fixture.bob, states: &states)
        #expect(states[Fixture.bob]!.integrity.entries.count == 3)
        #expect(states[Fixture.alice]!.integrity.entries.isEmpty)
        let aliceView = try #require(states[Fixture.alice]!.integrityView(for: Fixture.alice, today: Self.today))
        #expect(aliceView.sharedWithMe.isEmpty)

        try Self.step(.share(id: noticing), by: Fixture.bob, states: &states)
        let shared = try #require(states[Fixture.alice]!.integrityView(for: Fixture.alice, today: Self.today))
        #expect(shared.sharedWithMe.map(\.text) == ["She asked about my day"])
        let notHers = #expect(throws: CoupleRuleError.self) {  // Alice cannot share what is Bob's
            try states[Fixture.alice]!.decide(
                .integrity(.share(id: noticing), today: Self.today), by: Fixture.alice, at: Fixture.now)
        }
        // The same answer as for an id that never existed: nothing about Bob's entries is revealed.
        let unknown = #expect(throws: CoupleRuleError.self) {
            try states[Fixture.alice]!.decide(
                .integrity(.share(id: EntryID()), today: Self.today), by: Fixture.alice, at: Fixture.now)
        }
        #expect(notHers == unknown)
        #expect(notHers?.identifier == "entry_not_found")
    }

    @Test func oneJournalEntryADayNeverInTheFuture() throws {
        var states = try Self.paired()
        let entry = EntryID()
        try Self.step(
            .writeJournal(id: entry, day: Self.today, text: "Showed up at the school play"), by: Fixture.bob,
            states: &states)
        let second = #expect(throws: CoupleRuleError.self) {
            try states[Fixture.bob]!.decide(
                .integrity(.writeJournal(id: EntryID(), day: Self.today, text: "Again"), today: Self.today),
                by: Fixture.bob,
                at: Fixture.now)
        }
        #expect(second?.identifier == "journal_exists")
        try Self.step(
            .editJournal(id: entry, text: "Showed up at the play, and stayed"), by: Fixture.bob, states: &states)
        #expect(states[Fixture.bob]!.integrity.entry(entry)?.text == "Showed up at the play, and stayed")
        let future = #expect(throws: CoupleRuleError.self) {
            try states[Fixture.bob]!.decide(
                .integrity(
                    .writeJournal(id: EntryID(), day: Self.today.adding(days: 1), text: "Tomorrow"), today: Self.today),
                by: Fixture.bob, at: Fixture.now)
        }
        #expect(future?.field == "day")
    }

    @Test func feedbackIsPausedOnReflectedAndMarkedByTheRightPartners() throws {
        var states = try Self.paired()
        let id = FeedbackID()
        let toOneself = #expect(throws: CoupleRuleError.self) {
            try states[Fixture.alice]!.decide(
                .integrity(.giveFeedback(id: id, to: Fixture.alice, text: "x"), today: Self.today), by: Fixture.alice,
                at: Fixture.now)
        }
        #expect(toOneself?.field == "to")
        try Self.step(
            .giveFeedback(id: id, to: Fixture.bob, text: "You go quiet when I'm upset"), by: Fixture.alice,
            states: &states)
        let pauseFirst = #expect(throws: CoupleRuleError.self) {
            try states[Fixture.bob]!.decide(
                .integrity(.reflect(id: id, text: "I go quiet"), today: Self.today), by: Fixture.bob,
                at: Fixture.now)
        }
        #expect(pauseFirst?.identifier == "pause_first")
        let notMine = #expect(throws: CoupleRuleError.self) {
            try states[Fixture.alice]!.decide(
                .integrity(.pauseOnFeedback(id: id, seconds: 30), today: Self.today), by: Fixture.alice, at: Fixture.now
            )
        }
        #expect(notMine?.isForbidden == true)
        try Self.step(.pauseOnFeedback(id: id, seconds: 30), by: Fixture.bob, states: &states)
        #expect(states[Fixture.alice]!.integrity.feedback(id)?.replyOpensAt == nil)  // the pause is Bob's own
        let tooSoon = #expect(throws: CoupleRuleError.self) {
            try states[Fixture.bob]!.decide(
                .integrity(.reflect(id: id, text: "I go quiet"), today: Self.today), by: Fixture.bob,
                at: Fixture.now.addingTimeInterval(10))
        }
        #expect(tooSoon?.identifier == "still_pausing")
        try Self.step(
            .reflect(id: id, text: "When you are upset I withdraw"), by: Fixture.bob, states: &states,
            at: Fixture.now.addingTimeInterval(31))
        let notAsked = #expect(throws: CoupleRuleError.self) {  // marking a reflection one did not ask for
            try states[Fixture.bob]!.decide(
                .integrity(.markReflection(id: id, landed: true), today: Self.today), by: Fixture.bob, at: Fixture.now)
        }
        #expect(notAsked?.isForbidden == true)
        try Self.step(.markReflection(id: id, landed: true), by: Fixture.alice, states: &states)
        #expect(states[Fixture.bob]!.integrity.feedback(id)?.landed == true)
    }

    @Test func notQuiteLetsTheGiverSayWhatTheyMeantAndTheReceiverTryAgain() throws {
        var states = try Self.paired()
        let id = FeedbackID()
        try Self.step(.giveFeedback(id: id, to: Fixture.bob, text: "You go quiet"), by: Fixture.alice, states: &states)
        #expect(states[Fixture.bob]!.integrity.feedback(id)?.stage(at: Fixture.now) == .toPause)
        try Self.step(.pauseOnFeedback(id: id, seconds: 3), by: Fixture.bob, states: &states)
        let later = Fixture.now.addingTimeInterval(4)
        let bobs = { states[Fixture.bob]!.integrity.feedback(id)! }
        #expect(bobs().stage(at: Fixture.now) == .pausing(until: Fixture.now.addingTimeInterval(3)))
        #expect(bobs().stage(at: later) == .toNameBack)
        try Self.step(.reflect(id: id, text: "I am rude"), by: Fixture.bob, states: &states, at: later)
        let yesWithLine = #expect(throws: CoupleRuleError.self) {
            try states[Fixture.alice]!.decide(
                .integrity(.markReflection(id: id, landed: true, line: "Also this"), today: Self.today),
                by: Fixture.alice, at: later)
        }
        #expect(yesWithLine?.field == "line")
        let again = #expect(throws: CoupleRuleError.self) {  // not before "not quite"
            try states[Fixture.bob]!.decide(
                .integrity(.reflect(id: id, text: "Second try"), today: Self.today), by: Fixture.bob, at: later)
        }
        #expect(again?.identifier == "already_reflected")
        try Self.step(
            .markReflection(id: id, landed: false, line: "I meant when I am upset"), by: Fixture.alice,
            states: &states, at: later)
        #expect(states[Fixture.bob]!.integrity.feedback(id)?.clarification == "I meant when I am upset")
        #expect(bobs().stage(at: later) == .notQuite)
        #expect(
            states[Fixture.bob]!.waiting(for: Fixture.bob, today: Self.today, isEvening: false)?.forMe.map(
                WaitingTests.kind) == ["tryAgain"])
        try Self.step(
            .reflect(id: id, text: "When you are upset I withdraw"), by: Fixture.bob, states: &states, at: later)
        let feedback = try #require(states[Fixture.alice]!.integrity.feedback(id))
        #expect(feedback.reflection == "When you are upset I withdraw")
        #expect(feedback.earlierReflections == ["I am rude"])
        #expect(feedback.landed == nil)
        #expect(feedback.stage(at: later) == .namedBack)
        try Self.step(.markReflection(id: id, landed: true), by: Fixture.alice, states: &states, at: later)
        #expect(states[Fixture.bob]!.integrity.feedback(id)?.landed == true)
    }

    @Test func feedbackBackWaitsForTheReflection() throws {
        var states = try Self.paired()
        let id = FeedbackID()
        try Self.step(.giveFeedback(id: id, to: Fixture.bob, text: "You go quiet"), by: Fixture.alice, states: &states)
        let counter = #expect(throws: CoupleRuleError.self) {
            try states[Fixture.bob]!.decide(
                .integrity(
                    .giveFeedback(id: FeedbackID(), to: Fixture.alice, text: "Well, you shout"), today: Self.today),
                by: Fixture.bob, at: Fixture.now)
        }
        #expect(counter?.identifier == "reflect_first")
        try Self.step(.pauseOnFeedback(id: id, seconds: 3), by: Fixture.bob, states: &states)
        try Self.step(
            .reflect(id: id, text: "I withdraw"), by: Fixture.bob, states: &states,
            at: Fixture.now.addingTimeInterval(3))
        try Self.step(
            .giveFeedback(id: FeedbackID(), to: Fixture.alice, text: "I shut down when voices rise"), by: Fixture.bob,
            states: &states)
    }

    @Test func theJournalDayIsTheMembersOwnDay() throws {
        // 08:00 UTC is 22:00 the same day in Kiritimati (UTC+14), and 21:00 the day before in Pago Pago.
        let kiritimati = try MemberSettings(timeZone: "Pacific/Kiritimati", eveningHour: 21, pauseSeconds: 30)
            .validated()
        let pagoPago = try MemberSettings(timeZone: "Pacific/Pago_Pago", eveningHour: 21, pauseSeconds: 30).validated()
        #expect(kiritimati.isEvening(at: Fixture.now))
        #expect(pagoPago.isEvening(at: Fixture.now))
        var states = try Self.paired()
        let localToday = pagoPago.today(at: Fixture.now)
        try states[Fixture.bob]!.apply(  // writing on the member's own day is accepted...
            states[Fixture.bob]!.decide(
                .integrity(.writeJournal(id: EntryID(), day: localToday, text: "Came home early"), today: localToday),
                by: Fixture.bob, at: Fixture.now)[0].numbered(1))
        let ahead = #expect(throws: CoupleRuleError.self) {  // ...the UTC day is ahead of it there
            try states[Fixture.bob]!.decide(
                .integrity(.writeJournal(id: EntryID(), day: Self.today, text: "x"), today: localToday),
                by: Fixture.bob,
                at: Fixture.now)
        }
        #expect(ahead?.field == "day")
    }

    @Test(arguments: ["", "   ", String(repeating: "x", count: IntegrityState.maximumTextLength + 1)])
    func emptyOrOverlongTextIsRefused(text: String) throws {
        let states = try Self.paired()
        #expect(throws: CoupleRuleError.self) {
            try states[Fixture.bob]!.decide(
                .integrity(
                    .notice(id: EntryID(), day: Self.today, what: text, area: nil, shared: false), today: Self.today),
                by: Fixture.bob, at: Fixture.now)
        }
    }

    @Test func settingsAreValidatedAndTheEveningFollowsTheTimeZone() throws {
        #expect(throws: StepRefusal.self) {
            try MemberSettings(timeZone: "Mars/Olympus", eveningHour: 20, pauseSeconds: 30).validated()
        }
        #expect(throws: StepRefusal.self) {
            try MemberSettings(timeZone: "UTC", eveningHour: 24, pauseSeconds: 30).validated()
        }
        #expect(throws: StepRefusal.self) {
            try MemberSettings(timeZone: "UTC", eveningHour: 20, pauseSeconds: 1).validated()
        }
        // 2027-01-15 08:00 UTC is 19:00 in Sydney (UTC+11 in January).
        let sydney = try MemberSettings(timeZone: "Australia/Sydney", eveningHour: 19, pauseSeconds: 30).validated()
        #expect(sydney.isEvening(at: Fixture.now))
        #expect(!MemberSettings.standard.isEvening(at: Fixture.now))
        // ...and 21:00 the evening before in Pago Pago (UTC-11).
        #expect(Day(Fixture.now, in: TimeZone(identifier: "Pacific/Pago_Pago")!) == Self.today.adding(days: -1))
    }
}
