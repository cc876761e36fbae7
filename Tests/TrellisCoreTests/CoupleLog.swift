import Foundation
import TrellisCore

/// Alice and Bob's log with a clock the test moves by hand, where each partner decides on their
/// own record (shared events and their own private ones), as the server does.
struct CoupleLog {
    var events: [CoupleEvent] = []
    var now = Fixture.now

    init() throws {
        var state = CoupleState()
        events += try Fixture.run(.start(founderName: "Alice"), by: Fixture.alice, on: &state)
        events += try Fixture.run(.join(name: "Bob"), by: Fixture.bob, on: &state)
    }

    var today: Day { Day(now) }

    /// The couple as `member` may see it.
    func state(for member: MemberID) -> CoupleState {
        CoupleState.folding(events.filter { $0.visibility == .shared || $0.author == member })
    }

    @discardableResult
    mutating func run(_ command: CoupleCommand, by actor: MemberID) throws(CoupleRuleError) -> [CoupleEvent] {
        let pending = try state(for: actor).decide(command, by: actor, at: now)
        let numbered = pending.enumerated().map { $0.element.numbered(Int64(events.count + 1 + $0.offset)) }
        events += numbered
        return numbered
    }

    mutating func wait(_ seconds: TimeInterval) { now += seconds }

    /// The refusal's code for `command`, after checking it changed nothing; nil when it was taken.
    mutating func refusal(_ command: CoupleCommand, by actor: MemberID) -> String? {
        let before = events
        do {
            try run(command, by: actor)
            return nil
        } catch {
            return events == before ? error.identifier : "changed the log"
        }
    }
}
