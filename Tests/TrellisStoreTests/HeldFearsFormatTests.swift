import Foundation
import Testing
import TrellisCore

/// What one partner's fears look like while they wait, sealed, for the other to reveal theirs too
/// (`held_for_partner`, written by the server as `[CoreFear]` in JSON): a body written once is
/// opened whenever the partner gets to it, so its shape is pinned here like the events'.
@Suite("Pinned shape of held fears")
struct HeldFearsFormatTests {
    static func u(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }

    static let fears = [
        CoreFear(
            id: FearID(u(21)), author: MemberID(u(1)), area: AreaID(u(2)), what: "That money is hidden",
            why: "It was, before",
            visibility: .private),
        CoreFear(
            id: FearID(u(22)), author: MemberID(u(1)), area: AreaID(u(2)), what: "That it happens again", why: "Later",
            visibility: .shared, answer: "Thank you for telling me"),
    ]

    @Test func heldFearsWrittenBeforeStillOpenAndAreWrittenTheSameWay() throws {
        let pinned = try Data(contentsOf: GoldenEvents.fixture("held-fears.json"))
        #expect(try JSONDecoder().decode([CoreFear].self, from: pinned) == Self.fears)
        // Written now as they were: the same fields, the same values.
        let written = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(Self.fears)) as? NSArray
        #expect(written == (try JSONSerialization.jsonObject(with: pinned) as? NSArray))
    }
}
