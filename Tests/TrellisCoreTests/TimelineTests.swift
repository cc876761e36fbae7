import Foundation
import Testing
import TrellisCore

/// Our timeline: the moments that marked the way, each partner's private ones on their own copy
/// only, bounded however much is written.
@Suite("Our timeline")
struct TimelineTests {
    @Test func sharedMomentsOnBothTimelinesAndPrivateOnesOnTheAuthorsOnly() throws {
        var log = try CoupleLog()
        let area = log.state(for: Fixture.alice).activeAreas[0].id
        try log.run(.repair(.setSwitch(area: area, on: false), today: log.today), by: Fixture.alice)
        try log.run(
            .repair(
                .recordHurt(id: HurtID(), area: area, what: "The statement", help: "Tell me", visibility: .private),
                today: log.today), by: Fixture.alice)
        log.wait(86_400)
        try log.run(.repair(.setSwitch(area: area, on: true), today: log.today), by: Fixture.alice)

        let hers = log.state(for: Fixture.alice).timeline.moments
        #expect(hers.map(\.kind) == [.trustOff, .hurtWritten, .trustOn])
        #expect(hers.map(\.visibility) == [.shared, .private, .shared])
        let his = log.state(for: Fixture.bob).timeline.moments
        #expect(his.map(\.kind) == [.trustOff, .trustOn], "her private hurt is not on his timeline")
        #expect(his.allSatisfy { $0.area == area && $0.author == Fixture.alice })
    }

    @Test func theTimelineKeepsItsNewestMomentsWhateverIsWritten() throws {
        var log = try CoupleLog()
        let area = log.state(for: Fixture.alice).activeAreas[0].id
        for index in 0..<(TimelineState.kept + 10) {
            try log.run(.repair(.setSwitch(area: area, on: index % 2 == 0), today: log.today), by: Fixture.alice)
        }
        let moments = log.state(for: Fixture.bob).timeline.moments
        #expect(moments.count == TimelineState.kept)
        #expect(moments.last?.kind == ((TimelineState.kept + 9) % 2 == 0 ? .trustOn : .trustOff))
    }
}
