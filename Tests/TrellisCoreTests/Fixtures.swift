import Foundation
import TrellisCore

/// People and a fixed moment, so every decision in these tests is repeatable.
enum Fixture {
    static let alice = MemberID(UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!)
    static let bob = MemberID(UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!)
    static let carol = MemberID(UUID(uuidString: "00000000-0000-0000-0000-0000000000c3")!)
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// Decides and folds in one step, numbering events as the store would.
    static func run(_ command: CoupleCommand, by actor: MemberID, on state: inout CoupleState) throws(CoupleRuleError)
        -> [CoupleEvent]
    {
        let pending = try state.decide(command, by: actor, at: now)
        let events = pending.enumerated().map { $0.element.numbered(state.seq + 1 + Int64($0.offset)) }
        for event in events { state.apply(event) }
        return events
    }

    /// A couple of Alice and Bob with the default areas.
    static func pairedCouple() throws -> CoupleState {
        var state = CoupleState()
        _ = try run(.start(founderName: "Alice"), by: alice, on: &state)
        _ = try run(.join(name: "Bob"), by: bob, on: &state)
        return state
    }
}

extension CoupleState {
    /// A repair step on the UTC day of its time, as these tests' members all live in UTC.
    func decide(_ step: RepairCommand, by actor: MemberID, at time: Date) throws(CoupleRuleError) -> [PendingEvent] {
        try decide(.repair(step, today: Day(time)), by: actor, at: time)
    }
}
