import Foundation
import Testing
import TrellisCore

/// Rupture and repair: recorded privately or shared, repair steps from both on shared ones, closed
/// only when both say it feels repaired.
@Suite("Rupture and repair")
struct RuptureTests {
    static func record(_ log: inout CoupleLog, by member: MemberID, shared: Bool) throws -> RuptureID {
        let id = RuptureID()
        try log.run(
            .rupture(.record(id: id, area: nil, what: "You laughed at my plan", felt: "Small", shared: shared)),
            by: member)
        return id
    }

    static func step(_ id: RuptureID, _ kind: Rupture.Step.Kind = .understand, action: ActionID? = nil) -> CoupleCommand
    {
        .rupture(
            .addStep(rupture: id, step: UUID(), kind: kind, text: "I see it now", action: action, expectation: nil))
    }

    @Test func aPrivateRuptureIsTheAuthorsAloneUntilShared() throws {
        var log = try CoupleLog()
        let bobBefore = log.state(for: Fixture.bob)
        let id = try Self.record(&log, by: Fixture.alice, shared: false)
        #expect(log.state(for: Fixture.bob) == bobBefore)
        #expect(log.refusal(Self.step(id), by: Fixture.alice) == "rupture_private")
        #expect(log.refusal(Self.step(id), by: Fixture.bob) == "rupture_not_found")
        #expect(log.refusal(.rupture(.share(id: id)), by: Fixture.bob) == "rupture_not_found")
        try log.run(.rupture(.share(id: id)), by: Fixture.alice)
        #expect(log.state(for: Fixture.bob).ruptures.rupture(id)?.what == "You laughed at my plan")
        #expect(log.refusal(.rupture(.share(id: id)), by: Fixture.alice) == "already_shared")
    }

    @Test func itClosesOnlyWhenBothSayItFeelsRepaired() throws {
        var log = try CoupleLog()
        let id = try Self.record(&log, by: Fixture.bob, shared: true)
        #expect(log.state(for: Fixture.alice).ruptures.rupture(id)?.awaits(Fixture.alice) == true)
        #expect(log.state(for: Fixture.bob).ruptures.rupture(id)?.awaits(Fixture.bob) == false)
        try log.run(Self.step(id, .sorry), by: Fixture.alice)
        #expect(log.state(for: Fixture.alice).ruptures.rupture(id)?.awaits(Fixture.alice) == false)
        try log.run(Self.step(id, .understand), by: Fixture.bob)
        #expect(log.refusal(Self.step(id, .next, action: ActionID()), by: Fixture.bob) == "action_not_found")
        try log.run(.rupture(.feelsRepaired(rupture: id, repaired: true)), by: Fixture.alice)
        #expect(log.state(for: Fixture.alice).ruptures.rupture(id)?.isClosed == false)
        #expect(log.state(for: Fixture.bob).ruptures.rupture(id)?.awaits(Fixture.bob) == true)
        #expect(
            log.refusal(.rupture(.feelsRepaired(rupture: id, repaired: true)), by: Fixture.alice) == "already_said")
        // Alice takes it back; Bob's word alone does not close it either.
        try log.run(.rupture(.feelsRepaired(rupture: id, repaired: false)), by: Fixture.alice)
        log.wait(3 * 86_400)
        try log.run(.rupture(.feelsRepaired(rupture: id, repaired: true)), by: Fixture.bob)
        #expect(log.state(for: Fixture.bob).ruptures.rupture(id)?.isClosed == false)
        try log.run(.rupture(.feelsRepaired(rupture: id, repaired: true)), by: Fixture.alice)
        let closed = try #require(log.state(for: Fixture.bob).ruptures.rupture(id))
        #expect(closed.closedAt == log.now)
        #expect(closed.steps.map(\.kind) == [.sorry, .understand])
        #expect(log.refusal(Self.step(id), by: Fixture.alice) == "rupture_closed")
    }
}
