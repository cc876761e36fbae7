import Foundation
import Testing
import TrellisCore

@Suite("Grants of trust: given before earned, growing by stakes")
struct GrantTests {
    static let today = Day(Fixture.now)

    static func run(_ step: GrantCommand, by actor: MemberID, on state: inout CoupleState) throws(CoupleRuleError) {
        _ = try Fixture.run(.grant(step, today: today), by: actor, on: &state)
    }

    static func code(_ body: () throws -> Void) -> String? { CoreFearTests.code(body) }

    /// A grant looked back on no longer counts as open: a couple can keep giving trust for years.
    /// The view shows every open grant, then the newest closed ones a page at a time.
    @Test func lookedBackOnGrantsCloseAndTheViewIsBoundedWithOpenOnesFirst() throws {
        var state = try Fixture.pairedCouple()
        let area = state.activeAreas[0].id
        func offer() throws -> GrantID {
            let id = GrantID()
            try Self.run(
                .offer(id: id, area: area, fear: nil, what: "Go out", stakes: "My calm", size: .small, reviewOn: nil),
                by: Fixture.alice, on: &state)
            return id
        }
        let open = try offer()
        for _ in 0..<(GrantsState.maximumOpen + 3) {
            let id = try offer()
            try Self.run(.answer(id: id, accept: true), by: Fixture.bob, on: &state)
            try Self.run(.recordUse(id: id, text: "I did"), by: Fixture.bob, on: &state)
            try Self.run(.review(id: id, honoured: true, why: nil), by: Fixture.alice, on: &state)
        }
        let view = state.grantsView(for: Fixture.alice)
        #expect(view.given.items.first?.id == open)
        #expect(view.given.items.count == 1 + ListLimit.closedGrants)
        let back = state.grantsView(for: Fixture.alice, earlier: view.given.earlier)
        #expect(!back.given.items.contains { $0.id == open })
        #expect(back.given.items.count == ListLimit.closedGrants)
        #expect(state.grantsView(for: Fixture.bob).received.items.count == 1 + ListLimit.closedGrants)
    }

    @Test func theGrantOfTrustGoesFromOfferToHowItWent() throws {
        var state = try Fixture.pairedCouple()
        let friendships = state.activeAreas[4].id
        let id = GrantID()
        try Self.run(
            .offer(
                id: id, area: friendships, fear: nil, what: "Dinner with your old friend, just the two of you",
                stakes: "I fear being left out of your past", size: .small, reviewOn: Self.today.adding(days: 14)),
            by: Fixture.alice, on: &state)
        #expect(state.grants.grant(id)?.grantee == Fixture.bob)
        #expect(Self.code { try Self.run(.answer(id: id, accept: true), by: Fixture.alice, on: &state) } == "not_yours")
        #expect(
            Self.code { try Self.run(.recordUse(id: id, text: "x"), by: Fixture.bob, on: &state) } == "not_accepted")
        try Self.run(.answer(id: id, accept: true), by: Fixture.bob, on: &state)
        #expect(
            Self.code { try Self.run(.answer(id: id, accept: false), by: Fixture.bob, on: &state) }
                == "already_answered")
        #expect(
            Self.code { try Self.run(.review(id: id, honoured: true, why: nil), by: Fixture.alice, on: &state) }
                == "nothing_to_review")
        try Self.run(.recordUse(id: id, text: "We had dinner; I texted you when I left."), by: Fixture.bob, on: &state)
        #expect(
            Self.code { try Self.run(.review(id: id, honoured: false, why: " "), by: Fixture.alice, on: &state) }
                == "invalid_why")
        #expect(
            Self.code { try Self.run(.review(id: id, honoured: true, why: nil), by: Fixture.bob, on: &state) }
                == "not_yours")
        try Self.run(.review(id: id, honoured: true, why: nil), by: Fixture.alice, on: &state)
        #expect(state.grants.grant(id)?.honoured == true)
        // Honoured small trust: a next grant in the area can be a step bigger.
        #expect(state.grantsView(for: Fixture.alice).nextStep[friendships] == .medium)
        #expect(state.grantsView(for: Fixture.bob).nextStep.isEmpty)
        #expect(state.grantsView(for: Fixture.bob).received.items.map(\.id) == [id])
    }

    @Test func onlyTheGranterTakesItBackAndRefusalsChangeNothing() throws {
        var state = try Fixture.pairedCouple()
        let money = state.activeAreas[1].id
        let id = GrantID()
        let offer = GrantCommand.offer(
            id: id, area: money, fear: nil, what: "Buy what you need without asking", stakes: "Our savings",
            size: .medium, reviewOn: nil)
        try Self.run(offer, by: Fixture.alice, on: &state)
        let before = state
        #expect(Self.code { try Self.run(.withdraw(id: id), by: Fixture.bob, on: &state) } == "not_yours")
        #expect(
            Self.code {
                try Self.run(
                    .offer(
                        id: GrantID(), area: AreaID(), fear: nil, what: "a", stakes: "b", size: .small, reviewOn: nil),
                    by: Fixture.bob, on: &state)
            } == "area_not_found")
        #expect(
            Self.code {
                try Self.run(
                    .offer(
                        id: GrantID(), area: money, fear: FearID(), what: "a", stakes: "b", size: .small, reviewOn: nil),
                    by: Fixture.bob, on: &state)
            } == "fear_not_found")
        #expect(
            Self.code {
                try Self.run(
                    .offer(
                        id: GrantID(), area: money, fear: nil, what: "a", stakes: "b", size: .small,
                        reviewOn: Self.today.adding(days: -1)), by: Fixture.bob, on: &state)
            } == "invalid_review_on")
        #expect(state == before)
        try Self.run(.withdraw(id: id), by: Fixture.alice, on: &state)
        #expect(state.grants.grant(id)?.status == .withdrawn)
        #expect(
            Self.code { try Self.run(.answer(id: id, accept: true), by: Fixture.bob, on: &state) } == "already_answered"
        )
        #expect(Self.code { try Self.run(.withdraw(id: id), by: Fixture.alice, on: &state) } == "not_open")
    }
}
