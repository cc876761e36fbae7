import Testing
import TrellisCore

@Suite("Forming, joining and leaving a couple")
struct MembershipTests {
    @Test func startingMakesTheFounderAMemberWithTheDefaultAreas() throws {
        var state = CoupleState()
        let events = try Fixture.run(.start(founderName: "Alice"), by: Fixture.alice, on: &state)
        #expect(events.first?.payload == .coupleStarted(founderName: "Alice"))
        #expect(events.allSatisfy { $0.visibility == .shared && $0.author == Fixture.alice })
        #expect(state.members.map(\.name) == ["Alice"])
        #expect(state.activeAreas.map(\.name) == DefaultAreas.names)
        #expect(state.acceptsPartner)
    }

    @Test func aCoupleStartsOnlyOnce() throws {
        var state = CoupleState()
        _ = try Fixture.run(.start(founderName: "Alice"), by: Fixture.alice, on: &state)
        #expect(throws: CoupleRuleError.alreadyStarted) {
            try state.decide(.start(founderName: "Alice"), by: Fixture.alice, at: Fixture.now)
        }
    }

    @Test func theSecondPartnerJoinsAndBothSeeEachOther() throws {
        let state = try Fixture.pairedCouple()
        let view = try #require(state.view(for: Fixture.bob))
        #expect(view.members.map(\.name) == ["Alice", "Bob"])
        #expect(view.members.first { !$0.isViewer }?.name == "Alice")
        #expect(!view.canInvite)
        #expect(state.view(for: Fixture.carol) == nil)
    }

    @Test func aThirdPersonCannotJoin() throws {
        let state = try Fixture.pairedCouple()
        #expect(throws: CoupleRuleError.coupleFull) {
            try state.decide(.join(name: "Carol"), by: Fixture.carol, at: Fixture.now)
        }
        #expect(throws: CoupleRuleError.alreadyAMember) {
            try state.decide(.join(name: "Bob"), by: Fixture.bob, at: Fixture.now)
        }
    }

    @Test func joiningACoupleThatHasNotStartedIsRefused() {
        #expect(throws: CoupleRuleError.notStarted) {
            try CoupleState().decide(.join(name: "Bob"), by: Fixture.bob, at: Fixture.now)
        }
    }

    @Test func leavingKeepsTheSharedRecordWithThePartnerWhoRemains() throws {
        var state = try Fixture.pairedCouple()
        _ = try Fixture.run(.leave, by: Fixture.bob, on: &state)
        #expect(state.members.map(\.id) == [Fixture.alice])
        #expect(state.formerMembers.map(\.id) == [Fixture.bob])
        #expect(state.view(for: Fixture.bob) == nil)
        let aliceView = try #require(state.view(for: Fixture.alice))
        #expect(aliceView.partnerLeft)
        #expect(aliceView.areas.count == DefaultAreas.names.count)
    }

    @Test func aCoupleSomeoneLeftDoesNotTakeANewPartner() throws {
        var state = try Fixture.pairedCouple()
        _ = try Fixture.run(.leave, by: Fixture.bob, on: &state)
        #expect(!state.acceptsPartner)
        #expect(throws: CoupleRuleError.coupleClosed) {
            try state.decide(.join(name: "Carol"), by: Fixture.carol, at: Fixture.now)
        }
        #expect(throws: CoupleRuleError.coupleClosed) {
            try state.decide(.join(name: "Bob"), by: Fixture.bob, at: Fixture.now)
        }
    }

    @Test func onlyMembersCanLeave() throws {
        let state = try Fixture.pairedCouple()
        #expect(throws: CoupleRuleError.notAMember) {
            try state.decide(.leave, by: Fixture.carol, at: Fixture.now)
        }
    }
}
