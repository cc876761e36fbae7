import Foundation
import PropertyBased
import Testing
import TrellisCore

/// The Transparency Window's state machine, driven through the couple's log with a clock the
/// tests move by hand. Each partner decides on their own record, as the server does.
@Suite("The Transparency Window")
struct WindowTests {
    /// A window's steps on the couple's log; joining carries the asker's question, as the server fills it.
    struct Session {
        var couple: CoupleLog
        let id = WindowID()

        init() throws { couple = try CoupleLog() }

        var now: Date { couple.now }
        var log: [CoupleEvent] {
            get { couple.events }
            set { couple.events = newValue }
        }

        func state(for member: MemberID) -> CoupleState { couple.state(for: member) }

        func window(for member: MemberID = Fixture.alice) throws -> TransparencyWindow {
            try #require(state(for: member).windows.window(id))
        }

        @discardableResult
        mutating func run(_ command: WindowCommand, by actor: MemberID) throws(CoupleRuleError) -> [CoupleEvent] {
            var step = command
            if case .join(let id, _) = command, let asker = state(for: actor).windows.window(id)?.asker {
                step = .join(id: id, question: state(for: asker).windows.window(id)?.question)
            }
            return try couple.run(.window(step), by: actor)
        }

        mutating func wait(_ seconds: TimeInterval) { couple.wait(seconds) }

        /// Started by Alice, joined by Bob: open.
        static func open(seconds: Int = 600) throws -> Session {
            var session = try Session()
            try session.run(
                .start(id: session.id, question: "What did you tell her?", seconds: seconds), by: Fixture.alice)
            try session.run(.join(id: session.id, question: nil), by: Fixture.bob)
            return session
        }
    }

    static func refusal(_ command: WindowCommand, by actor: MemberID, in session: inout Session) -> String? {
        session.couple.refusal(.window(command), by: actor)
    }

    @Test func theQuestionIsTheAskersAloneUntilThePartnerJoins() throws {
        var session = try Session()
        try session.run(.start(id: session.id, question: "What did you tell her?", seconds: 600), by: Fixture.alice)
        #expect(try session.window(for: Fixture.alice).question == "What did you tell her?")
        #expect(try session.window(for: Fixture.bob).question == nil)
        #expect(try session.window(for: Fixture.bob).phase == .invited)
        #expect(Self.refusal(.join(id: session.id, question: nil), by: Fixture.alice, in: &session) == "not_yours")
        try session.run(.join(id: session.id, question: nil), by: Fixture.bob)
        #expect(try session.window(for: Fixture.bob).question == "What did you tell her?")
        #expect(try session.window(for: Fixture.bob).phase == .open)
    }

    @Test func aRatingAboveFivePausesBothAndOnlyBothCalmAndReadyResume() throws {
        var session = try Session.open()
        session.wait(60)
        try session.run(.rate(id: session.id, rating: 7), by: Fixture.bob)
        for member in [Fixture.alice, Fixture.bob] {
            let window = try session.window(for: member)
            #expect(window.phase == .paused)
            #expect(window.ratings[Fixture.bob] == 7)
            #expect(window.openTime(at: session.now) == 60)
        }
        session.wait(300)
        #expect(try session.window().openTime(at: session.now) == 60)
        try session.run(.ready(id: session.id), by: Fixture.alice)
        #expect(Self.refusal(.ready(id: session.id), by: Fixture.alice, in: &session) == "already_ready")
        #expect(Self.refusal(.ready(id: session.id), by: Fixture.bob, in: &session) == "rating_above_five")
        try session.run(.rate(id: session.id, rating: 4), by: Fixture.bob)
        #expect(try session.window().phase == .paused)
        try session.run(.ready(id: session.id), by: Fixture.bob)
        #expect(try session.window().phase == .open)
        session.wait(30)
        #expect(try session.window().openTime(at: session.now) == 90)
        #expect(try session.window().pauses == 1)
    }

    @Test func exactlyTheOpenTimeCountsAcrossSeveralPauses() throws {
        var session = try Session.open()
        for (open, paused) in [(200.0, 300.0), (300.0, 45.0)] {
            session.wait(open)
            try session.run(.rate(id: session.id, rating: 8), by: Fixture.alice)
            session.wait(paused)
            try session.run(.rate(id: session.id, rating: 2), by: Fixture.alice)
            try session.run(.ready(id: session.id), by: Fixture.alice)
            try session.run(.ready(id: session.id), by: Fixture.bob)
        }
        session.wait(99)
        #expect(try session.window().dueEnding(at: session.now) == nil)
        try session.run(.settle, by: Fixture.bob)
        #expect(try session.window().phase == .open)
        session.wait(1)
        #expect(try session.window().dueEnding(at: session.now) == .timeUp)
        session.wait(5)
        #expect(Self.refusal(.rate(id: session.id, rating: 3), by: Fixture.bob, in: &session) == "window_ended")
        let settled = try session.run(.settle, by: Fixture.bob)
        // Recorded as the asker's, whoever noticed, and ended when the time was up, not when noticed.
        #expect(settled.map(\.author) == [Fixture.alice])
        let window = try session.window()
        #expect(window.phase == .ended)
        #expect(window.ending == .timeUp)
        #expect(window.endedBy == nil)
        #expect(window.endedAt == session.now.addingTimeInterval(-5))
        #expect(window.openTime(at: session.now) == 600)
        #expect(window.pauses == 2)
    }

    @Test func aWindowNobodyIsInEndsByItselfAfterTheTimeout() throws {
        var waiting = try Session()
        try waiting.run(.start(id: waiting.id, question: "Why?", seconds: 600), by: Fixture.alice)
        waiting.wait(TransparencyWindow.abandonAfter - 1)
        #expect(try waiting.run(.settle, by: Fixture.bob).isEmpty)
        waiting.wait(3_600)
        try waiting.run(.settle, by: Fixture.bob)
        #expect(try waiting.window().ending == .abandoned)
        #expect(try waiting.window().endedAt == Fixture.now.addingTimeInterval(TransparencyWindow.abandonAfter))

        var paused = try Session.open()
        try paused.run(.rate(id: paused.id, rating: 9), by: Fixture.bob)
        paused.wait(TransparencyWindow.abandonAfter)
        // A new window may start at once: the abandoned one is recorded ended in the same step.
        let next = WindowID()
        let events = try paused.run(.start(id: next, question: "Again?", seconds: 600), by: Fixture.alice)
        #expect(events.map(\.payload.kind) == ["windowEnded", "windowStarted", "windowQuestion"])
        #expect(try paused.window().ending == .abandoned)
        #expect(paused.state(for: Fixture.bob).windows.live?.id == next)
    }

    @Test func eitherPartnerLeavesAtAnyMomentWithoutAReason() throws {
        for (phaseSetup, leaver) in [(0, Fixture.alice), (1, Fixture.bob), (2, Fixture.alice)] {
            var session = try Session()
            try session.run(.start(id: session.id, question: "Why?", seconds: 600), by: Fixture.alice)
            if phaseSetup > 0 { try session.run(.join(id: session.id, question: nil), by: Fixture.bob) }
            if phaseSetup > 1 { try session.run(.rate(id: session.id, rating: 10), by: Fixture.bob) }
            try session.run(.leave(id: session.id), by: leaver)
            let window = try session.window()
            #expect(window.ending == .left)
            #expect(window.endedBy == leaver)
            #expect(Self.refusal(.leave(id: session.id), by: leaver, in: &session) == "window_ended")
        }
        var declined = try Session()
        try declined.run(.start(id: declined.id, question: "Why?", seconds: 600), by: Fixture.alice)
        #expect(Self.refusal(.decline(id: declined.id), by: Fixture.alice, in: &declined) == "not_yours")
        try declined.run(.decline(id: declined.id), by: Fixture.bob)
        #expect(try declined.window().ending == .declined)
    }

    @Test func refusalsNameTheRuleAndChangeNothing() throws {
        var session = try Session()
        try session.run(.start(id: session.id, question: "Why?", seconds: 600), by: Fixture.alice)
        #expect(Self.refusal(.rate(id: session.id, rating: 3), by: Fixture.alice, in: &session) == "window_not_open")
        #expect(
            Self.refusal(.start(id: WindowID(), question: "Another", seconds: 600), by: Fixture.bob, in: &session)
                == "window_live")
        try session.run(.join(id: session.id, question: nil), by: Fixture.bob)
        for rating in [-1, 11] {
            #expect(
                Self.refusal(.rate(id: session.id, rating: rating), by: Fixture.bob, in: &session) == "invalid_rating")
        }
        #expect(Self.refusal(.rate(id: WindowID(), rating: 3), by: Fixture.bob, in: &session) == "window_not_found")
        #expect(Self.refusal(.rate(id: session.id, rating: 3), by: Fixture.carol, in: &session) == "couple_not_found")
        #expect(Self.refusal(.ready(id: session.id), by: Fixture.bob, in: &session) == "window_not_paused")
        #expect(
            Self.refusal(.reflect(id: session.id, text: "Too soon", shared: false), by: Fixture.bob, in: &session)
                == "window_live")
        var lonely = try Session()
        lonely.log.removeLast()  // Bob's joining: Alice is alone
        #expect(
            Self.refusal(.start(id: lonely.id, question: "Why?", seconds: 600), by: Fixture.alice, in: &lonely)
                == "no_partner")
    }

    @Test func reflectionsArePrivateUntilTheirAuthorSharesThem() throws {
        var session = try Session.open()
        try session.run(.leave(id: session.id), by: Fixture.bob)
        try session.run(.reflect(id: session.id, text: "I got defensive", shared: false), by: Fixture.bob)
        try session.run(.reflect(id: session.id, text: "I felt heard", shared: true), by: Fixture.alice)
        #expect(try session.window(for: Fixture.alice).reflections[Fixture.bob] == nil)
        #expect(try session.window(for: Fixture.bob).reflections[Fixture.alice]?.text == "I felt heard")
        #expect(
            Self.refusal(.reflect(id: session.id, text: "Again", shared: true), by: Fixture.bob, in: &session)
                == "already_reflected")
        try session.run(.shareReflection(id: session.id), by: Fixture.bob)
        #expect(try session.window(for: Fixture.alice).reflections[Fixture.bob]?.text == "I got defensive")
        #expect(Self.refusal(.shareReflection(id: session.id), by: Fixture.bob, in: &session) == "already_shared")
    }

    /// Random ratings, readiness and waits from both partners: the window is never open while a
    /// rating is above 5, and its open time never passes its length.
    @Test func neverOpenAboveFiveAndNeverMoreThanItsOpenTime() async throws {
        try await propertyCheck(count: 200, input: Gen.int(in: 0...99_999).array(of: 1...60)) { codes in
            var session = try Session.open(seconds: 300)
            for code in codes {
                let actor = code % 2 == 0 ? Fixture.alice : Fixture.bob
                switch (code / 2) % 4 {
                case 0: session.wait(Double(code % 120))
                case 1: _ = try? session.run(.rate(id: session.id, rating: (code / 8) % 11), by: actor)
                case 2: _ = try? session.run(.ready(id: session.id), by: actor)
                default: _ = try? session.run(.settle, by: actor)
                }
                let window = try session.window()
                if window.phase == .open {
                    #expect(window.ratings.values.allSatisfy { $0 <= TransparencyWindow.calmEnough })
                }
                #expect(window.openTime(at: session.now) <= 300)
                #expect(window.openTime(at: session.now) <= session.now.timeIntervalSince(window.startedAt))
            }
        }
    }
}
