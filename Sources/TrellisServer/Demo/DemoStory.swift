import Foundation
import TrellisCore

/// The history `trellis demo` writes: Sam found spending Alex had hidden, turned off the money
/// switch, and asked for clear actions; Alex follows through most days (and honestly misses some),
/// keeps an evening journal and notices Sam's small openings; once, Sam gives Alex feedback.
/// The benchmarks repeat its ordinary days to grow long histories.
enum DemoStory {
    /// The actions Sam asks of Alex, made in `begin`.
    struct Actions {
        let checkIn: ActionID
        let statements: ActionID
    }

    /// The first day: the hurt, the two questions, and the actions asked and accepted.
    static func begin(_ c: DemoCouple) async throws -> Actions {
        let (sam, alex) = (c.asker, c.doer)
        let money = try await c.area(named: "Money")
        c.wait(hours: 9)
        try await c.repair(.setSwitch(area: money, on: false), by: sam)
        try await c.repair(
            .recordHurt(
                id: HurtID(), area: money, what: "I found card statements you had hidden from me for months.",
                help: "Tell me about money before I find out, even when it is awkward.", visibility: .shared),
            by: sam)
        let question = QuestionID()
        try await c.repair(.ask(id: question, area: money, kind: .whatCanIDo), by: alex)
        c.wait(hours: 2)
        try await c.repair(
            .answer(question: question, text: "Be open with me about spending, every week, without my asking."),
            by: sam)
        let actions = Actions(checkIn: ActionID(), statements: ActionID())
        try await c.repair(
            .requestAction(
                id: actions.checkIn, area: money, what: "Sit with me for ten minutes after dinner and talk about money",
                cadence: .daily, note: "Small and often feels safer than one big talk."), by: sam)
        try await c.repair(
            .requestAction(
                id: actions.statements, area: money, what: "Show me the bank and card statements together",
                cadence: .weekdays([.sunday]), note: nil), by: sam)
        try await c.repair(
            .requestAction(
                id: ActionID(), area: money, what: "Tell me the same day about any purchase over 50 euros",
                cadence: .whenever(situation: "you spend more than 50 euros at once"), note: nil), by: sam)
        for action in [actions.checkIn, actions.statements] { try await c.repair(.acceptAction(id: action), by: alex) }
        return actions
    }

    /// The next ordinary day, the `index`th after the beginning, from the morning to the evening.
    static func day(_ index: Int, _ c: DemoCouple, _ actions: Actions) async throws {
        let (sam, alex) = (c.asker, c.doer)
        c.nextDay(at: 9)
        let today = c.today
        if index % 4 == 1 {
            try await c.integrity(
                .notice(
                    id: EntryID(), day: today, what: Self.noticings[index / 4 % Self.noticings.count], area: nil,
                    shared: index % 8 == 1), by: alex)
        }
        c.wait(hours: 11)
        let missed = index % 9 == 4
        try await c.repair(.report(action: actions.checkIn, day: today, outcome: missed ? .missed : .done), by: alex)
        if missed {
            try await c.repair(
                .addNote(
                    action: actions.checkIn, day: today, text: "I missed our talk tonight. Can we do it tomorrow?"),
                by: sam)
        } else if index % 2 == 0 {
            try await c.repair(
                .acknowledge(action: actions.checkIn, day: today, word: Self.words[index / 2 % Self.words.count]),
                by: sam)
        }
        if today.weekday == .sunday {
            try await c.repair(.report(action: actions.statements, day: today, outcome: .done), by: alex)
        }
        c.wait(hours: 1)
        try await c.integrity(
            .writeJournal(id: EntryID(), day: today, text: Self.journal[index % Self.journal.count]), by: alex)
        if index % 5 == 3 {
            try await c.integrity(
                .slidingDoor(
                    id: EntryID(), day: today, toward: index % 10 == 3, what: "Sam reached for my hand on the sofa",
                    area: nil, shared: false), by: sam)
        }
    }

    /// Once in the story: Sam's feedback, Alex's pause and reflection, Sam's answer.
    static func feedback(_ c: DemoCouple) async throws {
        let id = FeedbackID()
        try await c.integrity(
            .giveFeedback(id: id, to: c.doer.id, text: "When you check your phone while I talk, I feel alone."),
            by: c.asker)
        try await c.integrity(.pauseOnFeedback(id: id, seconds: 30), by: c.doer)
        c.wait(hours: 0.1)
        try await c.integrity(.reflect(id: id, text: "My phone makes you feel you are talking to no one."), by: c.doer)
        try await c.integrity(.markReflection(id: id, landed: true), by: c.asker)
    }

    static let noticings = [
        "Sam laughed at my joke at breakfast.", "Sam asked how my day was and waited for the answer.",
        "Sam told me about a worry instead of going quiet.",
    ]
    static let words = ["Thank you", "That helped tonight", "I noticed", "It felt calm"]
    static let journal = [
        "I told Sam about the dentist bill before she asked.", "I stayed in the room when the talk got hard.",
        "I put the phone in the drawer during dinner.", "I said I was scared instead of getting defensive.",
    ]
}
