import Foundation
import TrellisCore
import TrellisStore

/// One event of every kind, with fixed ids, as the golden fixtures hold them. The fixtures were
/// written from this list: `legacy-bodies.jsonl` and `main-2026-11-25.sqlite` by the code of
/// 2026-11-25 (before the format was pinned), `pinned-bodies.jsonl` by the pinned format. They are
/// read by the tests forever; never regenerate them.
enum GoldenEvents {
    static let alice = MemberID(UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!)
    static let bob = MemberID(UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!)
    static let couple = CoupleID(UUID(uuidString: "00000000-0000-0000-0000-0000000000c0")!)
    static let area = AreaID(UUID(uuidString: "00000000-0000-0000-0000-0000000000d1")!)
    /// The fixture database's master key.
    static let masterKey = MasterKey(.init(data: Data(repeating: 7, count: 32)))
    /// How many kinds of event there are; raise it with each new kind, and add that kind below.
    static let kindCount = 88

    static func u(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static func action(_ n: Int) -> ActionID { ActionID(u(n)) }
    static let day = Day(year: 2027, month: 1, day: 15)!
    /// The shared stream, in order.
    static let shared: [(MemberID, EventPayload)] = [
        (alice, .coupleStarted(founderName: "Alice")),
        (bob, .partnerJoined(name: "Bob")),
        (alice, .areaAdded(id: area, name: "Money")),
        (alice, .areaRenamed(id: area, name: "Money & spending")),
        (alice, .areaArchived(id: area)),
        (alice, .areaRestored(id: area)),
        (alice, .repair(.switchSet(area: area, on: false))),
        (
            alice,
            .repair(.hurtRecorded(id: HurtID(u(1)), area: area, what: "The card statement", help: "Tell me first"))
        ),
        (alice, .repair(.questionAsked(id: QuestionID(u(2)), area: area, kind: .whatCanIDo))),
        (bob, .repair(.questionAnswered(id: QuestionID(u(2)), answer: "I will show you each week"))),
        (
            alice,
            .repair(
                .actionRequested(
                    id: action(3), area: area, doer: bob, what: "Show me the statement",
                    cadence: .weekdays([.monday, .thursday]), note: "It helps me breathe"))
        ),
        (
            alice,
            .repair(
                .actionRequested(
                    id: action(4), area: area, doer: bob, what: "Call the bank together", cadence: .once(by: day),
                    note: nil)
            )
        ),
        (
            alice,
            .repair(
                .actionRequested(
                    id: action(5), area: area, doer: bob, what: "Text me when you leave work", cadence: .daily,
                    note: nil))
        ),
        (
            alice,
            .repair(
                .actionRequested(
                    id: action(6), area: area, doer: bob, what: "Tell me about the purchase",
                    cadence: .whenever(situation: "you buy something over 50"), note: nil))
        ),
        (bob, .repair(.actionAccepted(id: action(3), since: day))),
        (bob, .repair(.actionAccepted(id: action(5), since: nil))),
        (bob, .repair(.rewordProposed(id: action(4), what: "Call the bank with you", cadence: .once(by: day)))),
        (alice, .repair(.rewordAnswered(id: action(4), accepted: true, since: day))),
        (alice, .repair(.retirementProposed(id: action(6)))),
        (bob, .repair(.retirementAnswered(id: action(6), retired: false))),
        (bob, .repair(.occurrenceReported(action: action(5), day: day, outcome: .done))),
        (bob, .repair(.occurrenceReported(action: action(5), day: day.adding(days: 1), outcome: .missed))),
        (alice, .repair(.occurrenceAcknowledged(action: action(5), day: day, word: "Thank you"))),
        (alice, .repair(.occurrenceAcknowledged(action: action(5), day: day, word: nil))),
        (alice, .repair(.occurrenceNoticed(action: action(3), day: day, word: "Saw it"))),
        (alice, .repair(.occurrenceNote(action: action(5), day: day.adding(days: 1), text: "I felt alone"))),
        (bob, .integrity(.noticed(id: EntryID(u(7)), day: day, what: "She smiled at me", area: area))),
        (bob, .integrity(.journalWritten(id: EntryID(u(8)), day: day, text: "I stayed when it was hard"))),
        (bob, .integrity(.journalEdited(id: EntryID(u(8)), text: "I stayed, and listened"))),
        (
            bob,
            .integrity(.slidingDoor(id: EntryID(u(9)), day: day, toward: true, what: "Put the phone down", area: nil))
        ),
        (alice, .integrity(.feedbackGiven(id: FeedbackID(u(10)), to: bob, text: "You interrupt me"))),
        (bob, .integrity(.feedbackPaused(id: FeedbackID(u(10)), seconds: 30))),
        (bob, .integrity(.feedbackReflected(id: FeedbackID(u(10)), text: "I cut you off"))),
        (alice, .integrity(.reflectionMarked(id: FeedbackID(u(10)), landed: true, line: nil))),
    ]
    /// Private entries, written after the shared ones: Bob's two, then Alice's.
    static let privateOnes: [(MemberID, EventPayload)] = [
        (bob, .integrity(.noticed(id: EntryID(u(11)), day: day, what: "A private thank-you", area: nil))),
        (bob, .repair(.hurtRecorded(id: HurtID(u(12)), area: area, what: "A private hurt", help: "Time"))),
        (alice, .integrity(.journalWritten(id: EntryID(u(13)), day: day, text: "Alice's private night"))),
    ]

    /// Every payload from before the format was pinned, in the order the fixture files list them. The fixture database has no one
    /// leaving, so `memberLeft` comes last, only in the body files: its legacy line was written by
    /// hand as synthesised coding writes a case without values (`{"memberLeft":{}}`, checked with
    /// the same compiler).
    static var legacyPayloads: [EventPayload] { (shared + privateOnes).map(\.1) + [.memberLeft] }

    /// Kinds and optional fields added after the format was pinned: they only ever had pinned
    /// bodies, listed after the others in `pinned-bodies.jsonl`.
    static let sincePinned: [EventPayload] = [
        .repair(.occurrenceWithdrawn(action: action(5), day: day)),
        // Not a new kind: "not quite" with the giver's line, a field added after pinning.
        .integrity(.reflectionMarked(id: FeedbackID(u(10)), landed: false, line: "I meant the evenings")),
        .fears(.fearWritten(id: FearID(u(20)), area: area, what: "That money is hidden", why: "It was, before")),
        .fears(.fearEdited(id: FearID(u(20)), what: "That money is hidden from me", why: "It was, before")),
        .fears(.fearWithdrawn(id: FearID(u(21)))),
        .fears(.fearsReady(area: area)),
        .fears(.fearAnswered(id: FearID(u(20)), line: "Thank you for telling me")),
        .grant(
            .offered(
                id: GrantID(u(30)), area: area, fear: FearID(u(20)), what: "Dinner with your old friend",
                stakes: "Being left out",
                size: .small, reviewOn: day)),
        .grant(.answered(id: GrantID(u(30)), accepted: true)),
        .grant(.withdrawn(id: GrantID(u(31)))),
        .grant(.used(id: GrantID(u(30)), text: "We had dinner; I texted when I left")),
        .grant(.reviewed(id: GrantID(u(30)), honoured: false, why: "You were late and did not say")),
        .expectation(
            .proposed(
                id: ExpectationID(u(40)), area: area, words: "I will tell you when I see my ex", promise: true,
                reviewOn: day)),
        .expectation(
            .reworded(id: ExpectationID(u(40)), version: 2, words: "I will tell you the same day", reviewOn: nil)),
        .expectation(.agreed(id: ExpectationID(u(40)), version: 2)),
        .expectation(.declined(id: ExpectationID(u(41)), version: 3)),
        .expectation(.consentWithdrawn(id: ExpectationID(u(41)))),
        .expectation(.disclosed(id: ExpectationID(u(40)), disclosure: u(42), text: "We had coffee today")),
        .expectation(.thanked(id: ExpectationID(u(40)), disclosure: u(42))),
        .window(.started(id: WindowID(u(50)), seconds: 600)),
        .window(.question(id: WindowID(u(50)), text: "What did you tell her about us?")),
        .window(.joined(id: WindowID(u(50)))),
        .window(.declined(id: WindowID(u(51)))),
        .window(.rated(id: WindowID(u(50)), rating: 7)),
        .window(.ready(id: WindowID(u(50)))),
        .window(.ended(id: WindowID(u(50)), ending: .timeUp)),
        .window(.reflected(id: WindowID(u(50)), text: "I could hear you this time")),
        .outOfReach(
            .signsChecked(
                id: CheckInID(u(60)), day: day, levels: [.scan: 3, .body: 1, .traps: 2, .shame: 0],
                note: "A hard morning")),
        .outOfReach(
            .urgeLogged(
                id: UrgeID(u(61)), day: day, kind: .socialMedia, actedOn: false, helped: "I went for a walk",
                trigger: "A photo of them together", area: area)),
        .rupture(
            .recorded(id: RuptureID(u(70)), area: area, what: "You laughed when I spoke about money", felt: "Invisible")
        ),
        .rupture(
            .stepAdded(
                id: RuptureID(u(70)), step: u(71), kind: .next, text: "We talk about money on Sundays",
                action: action(3),
                expectation: ExpectationID(u(40)))),
        .rupture(.feelsRepaired(id: RuptureID(u(70)), repaired: true)),
        .safeBehaviour(.named(id: BehaviourID(u(80)), area: area, what: "Ask about my day")),
        .safeBehaviour(.happened(id: BehaviourID(u(80)), moment: u(81), day: day, word: "At dinner")),
        .safeBehaviour(.confirmed(id: BehaviourID(u(80)), moment: u(81), yes: true)),
        .safeBehaviour(.retired(id: BehaviourID(u(80)))),
        .accountClosed,
        .nameChanged(name: "Robert"),
        .help(.clinicianInvited(clinician: MemberID(u(90)), name: "Dr Rivera")),
        .help(.consentGiven(clinician: MemberID(u(90)), parts: [.expectations, .windows], until: day)),
        .help(.consentWithdrawn(clinician: MemberID(u(90)))),
        .help(.viewed(parts: [.expectations, .windows])),
        .help(.noteLeft(id: NoteID(u(91)), text: "Well done this week")),
        .help(.exportedByOperator),
        .help(
            .suggested(
                id: SuggestionID(u(92)), kind: .clearAction, doer: MemberID(u(2)), words: "Text when running late")),
        // Not a new kind: an expectation names no doer, so the field is absent.
        .help(
            .suggested(id: SuggestionID(u(93)), kind: .expectation, doer: nil, words: "We talk about money on Sundays")),
        .help(.suggestionAnswered(id: SuggestionID(u(92)), accepted: true)),
        .passwordReset,
        .hardDate(.added(id: HardDateID(u(100)), what: "The day it came out", day: day, yearly: true)),
        .hardDate(
            .prepared(
                id: HardDateID(u(100)), day: day, helped: "A long walk in the morning", ask: "A quiet evening together")
        ),
        .hardDate(.weekTold(id: HardWeekID(u(101)), day: day, words: "It is the anniversary of the worst day")),
        .hardDate(.removed(id: HardDateID(u(100)))),
        .thenAndNow(
            .answered(
                id: ThenAndNowID(u(110)), area: area, day: day,
                levels: [.predictability: .mostly, .dependability: .sometimes, .faith: .notYet],
                words: "Better since spring")),
        .clock(.shared(timeZone: "Europe/Paris")),
        // Not a new kind: no longer shared, so the field is absent.
        .clock(.shared(timeZone: nil)),
        .talk(.proposed(weekday: .sunday, time: "20:00")),
        .talk(.agreed),
        .talk(.stopped),
        .talk(.turnWritten(week: day, parts: [.feel: "Tired but hopeful", .appreciate: "You listened"])),
        .talk(.turnReady(week: day)),
        .talk(.turnOpened(week: day, parts: [.feel: "Tired but hopeful", .appreciate: "You listened"])),
        .talk(.turnAnswered(week: day, owner: bob, answer: .heard)),
    ]

    static var payloads: [EventPayload] { legacyPayloads + sincePinned }

    /// The kinds a member may write privately (their own stream, under their own key).
    static let privateKinds: Set<String> = [
        "hurtRecorded", "noticed", "journalWritten", "journalEdited", "slidingDoor", "fearWritten", "fearEdited",
        "signsChecked", "urgeLogged", "ruptureRecorded", "windowQuestion", "windowReflected", "hardDateAdded",
        "hardDatePrepared", "hardDateRemoved", "thenAndNowAnswered", "turnWritten",
    ]

    static func fixture(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    }

    static func lines(of name: String) throws -> [Data] {
        try String(contentsOf: fixture(name), encoding: .utf8).split(separator: "\n").map { Data($0.utf8) }
    }
}
