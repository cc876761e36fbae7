import Foundation
import PropertyBased
import Testing
import TrellisCore

@Suite("Core fears: told privately, revealed by choice or together")
struct CoreFearTests {
    /// Decides a step for `actor` on their own record, with the partner's private fears filled in
    /// for revealing together as the server fills them, and folds it into both partners' records.
    static func step(_ command: FearCommand, by actor: MemberID, states: inout [MemberID: CoupleState])
        throws(CoupleRuleError)
    {
        var command = command
        if case .revealTogether(let area, _) = command {
            let partner = actor == Fixture.alice ? Fixture.bob : Fixture.alice
            command = .revealTogether(
                area: area, partnerFears: states[partner]!.fears.fears(of: partner, in: area))
        }
        let pending = try states[actor]!.decide(.fears(command), by: actor, at: Fixture.now)
        for event in pending {
            for member in [Fixture.alice, Fixture.bob] where event.visibility == .shared || event.author == member {
                let seq = event.visibility == .shared ? states[member]!.seq + 1 : states[member]!.privateSeq + 1
                states[member]!.apply(event.numbered(seq))
            }
        }
    }

    static func paired() throws -> ([MemberID: CoupleState], AreaID) {
        let state = try Fixture.pairedCouple()
        return ([Fixture.alice: state, Fixture.bob: state], state.activeAreas[1].id)
    }

    /// The refusal's code, or nil when the step was taken.
    static func code(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let refusal as CoupleRuleError {
            return refusal.identifier
        } catch {
            return "\(error)"
        }
    }

    @Test func aFearStaysWithItsAuthorUntilTheyShareIt() throws {
        var (states, money) = try Self.paired()
        let fear = FearID()
        try Self.step(
            .writeFear(id: fear, area: money, what: "That you hide debts", why: "My father did"), by: Fixture.alice,
            states: &states)
        let bobBefore = states[Fixture.bob]!
        try Self.step(
            .editFear(id: fear, what: "That you hide debts from me", why: "My father did"), by: Fixture.alice,
            states: &states)
        #expect(states[Fixture.bob]! == bobBefore)
        #expect(states[Fixture.bob]!.fearsView(for: Fixture.bob)[1].partners.isEmpty)
        #expect(
            states[Fixture.alice]!.fearsView(for: Fixture.alice)[1].mine.map(\.what) == ["That you hide debts from me"])

        try Self.step(.shareFear(id: fear), by: Fixture.alice, states: &states)
        let seen = states[Fixture.bob]!.fearsView(for: Fixture.bob)[1].partners
        #expect(seen.map(\.what) == ["That you hide debts from me"])
        #expect(seen.map(\.why) == ["My father did"])
        // Shared words stay as told; only the partner answers, once, in one line.
        #expect(
            Self.code { try Self.step(.editFear(id: fear, what: "x", why: "y"), by: Fixture.alice, states: &states) }
                == "already_shared")
        #expect(
            Self.code { try Self.step(.answerFear(id: fear, line: "Thanks"), by: Fixture.alice, states: &states) }
                == "not_yours")
        try Self.step(.answerFear(id: fear, line: "Thank you for telling me."), by: Fixture.bob, states: &states)
        #expect(states[Fixture.alice]!.fears.fear(fear)?.answer == "Thank you for telling me.")
        #expect(
            Self.code { try Self.step(.answerFear(id: fear, line: "Again"), by: Fixture.bob, states: &states) }
                == "already_answered")
    }

    @Test func onlyTheAuthorTouchesAFearAndLimitsHold() throws {
        var (states, money) = try Self.paired()
        let fear = FearID()
        try Self.step(
            .writeFear(id: fear, area: money, what: "Lies", why: "Old ones"), by: Fixture.alice, states: &states)
        for command in [
            FearCommand.editFear(id: fear, what: "a", why: "b"), .withdrawFear(id: fear), .shareFear(id: fear),
        ] {
            #expect(Self.code { try Self.step(command, by: Fixture.bob, states: &states) } == "fear_not_found")
        }
        #expect(
            Self.code { try Self.step(.answerFear(id: fear, line: "Hm"), by: Fixture.bob, states: &states) }
                == "fear_not_found")
        #expect(
            Self.code {
                try Self.step(
                    .writeFear(id: FearID(), area: money, what: " ", why: "b"), by: Fixture.bob, states: &states)
            } == "invalid_what")
        #expect(
            Self.code {
                try Self.step(
                    .writeFear(id: FearID(), area: AreaID(), what: "a", why: "b"), by: Fixture.bob, states: &states)
            } == "area_not_found")
        for index in 2...FearsState.maximumPerArea {
            try Self.step(
                .writeFear(id: FearID(), area: money, what: "Fear \(index)", why: "Why"), by: Fixture.alice,
                states: &states)
        }
        #expect(
            Self.code {
                try Self.step(
                    .writeFear(id: FearID(), area: money, what: "One more", why: "Why"), by: Fixture.alice,
                    states: &states)
            } == "too_many_fears")
        try Self.step(.withdrawFear(id: fear), by: Fixture.alice, states: &states)
        #expect(states[Fixture.alice]!.fears.fear(fear) == nil)
    }

    @Test func fearsRevealedTogetherOpenOnlyWhenBothAreReadyInOneAppend() throws {
        var (states, money) = try Self.paired()
        #expect(
            Self.code {
                try Self.step(.revealTogether(area: money, partnerFears: []), by: Fixture.alice, states: &states)
            } == "no_fears_yet")
        let hers = FearID()
        let his = FearID()
        try Self.step(
            .writeFear(id: hers, area: money, what: "Hidden debts", why: "Father"), by: Fixture.alice, states: &states)
        try Self.step(.revealTogether(area: money, partnerFears: []), by: Fixture.alice, states: &states)
        // Bob learns only that Alice is ready; nothing of what she wrote.
        let bobSees = states[Fixture.bob]!.fearsView(for: Fixture.bob)[1]
        #expect(bobSees.partnerIsReady && bobSees.partners.isEmpty)
        #expect(
            Self.code {
                try Self.step(.revealTogether(area: money, partnerFears: []), by: Fixture.alice, states: &states)
            } == "already_waiting")
        // Waiting, Alice keeps at least one fear to reveal.
        #expect(
            Self.code { try Self.step(.withdrawFear(id: hers), by: Fixture.alice, states: &states) }
                == "waiting_to_reveal")

        try Self.step(
            .writeFear(id: his, area: money, what: "Being controlled", why: "My ex"), by: Fixture.bob, states: &states)
        let seqBefore = states[Fixture.alice]!.seq
        try Self.step(.revealTogether(area: money, partnerFears: []), by: Fixture.bob, states: &states)
        // One append: Bob's readiness and both fears, shared.
        #expect(states[Fixture.alice]!.seq == seqBefore + 3)
        for member in [Fixture.alice, Fixture.bob] {
            let view = states[member]!.fearsView(for: member)[1]
            #expect(view.partners.count == 1)
            #expect(view.mine.allSatisfy { $0.visibility == .shared })
            #expect(!view.iAmWaiting && !view.partnerIsReady)
        }
    }

    /// Together needs two: before the partner joins there is nobody to keep the fears for.
    @Test func revealingTogetherWaitsForThePartnerToJoin() throws {
        var state = CoupleState()
        _ = try Fixture.run(.start(founderName: "Alice"), by: Fixture.alice, on: &state)
        let money = state.activeAreas[1].id
        _ = try Fixture.run(
            .fears(.writeFear(id: FearID(), area: money, what: "Hidden debts", why: "Father")), by: Fixture.alice,
            on: &state)
        let before = state
        #expect(
            Self.code {
                _ = try Fixture.run(
                    .fears(.revealTogether(area: money, partnerFears: [])), by: Fixture.alice, on: &state)
            } == "no_partner")
        #expect(state == before)
    }

    @Test func noSequenceRevealsAFearItsAuthorDidNotChooseToShare() async throws {
        try await propertyCheck(count: 200, input: Gen.int(in: 0...99_999).array(of: 1...40)) { codes in
            var (states, money) = try Self.paired()
            var shared: Set<FearID> = []  // fears their author shared, alone or by revealing together
            var written: [MemberID: [FearID]] = [:]
            for code in codes {
                let actor = code % 2 == 0 ? Fixture.alice : Fixture.bob
                let own = written[actor] ?? []
                let some = own.isEmpty ? FearID() : own[(code / 2) % own.count]
                let command: FearCommand =
                    switch (code / 7) % 5 {
                    case 0, 1: .writeFear(id: FearID(), area: money, what: "Fear \(code)", why: "Because")
                    case 2: .withdrawFear(id: some)
                    case 3: .shareFear(id: some)
                    default: .revealTogether(area: money, partnerFears: [])
                    }
                let before = states
                guard (try? Self.step(command, by: actor, states: &states)) != nil else {
                    #expect(states == before)  // a refusal changes nothing
                    continue
                }
                switch command {
                case .writeFear(let id, _, _, _): written[actor, default: []].append(id)
                case .withdrawFear(let id): written[actor]?.removeAll { $0 == id }
                case .shareFear(let id): shared.insert(id)
                case .revealTogether:
                    // Opened only if the partner was already waiting: then both sides' fears open.
                    let partner = actor == Fixture.alice ? Fixture.bob : Fixture.alice
                    if before[actor]!.fears.isReady(partner, in: money) {
                        shared.formUnion(written[actor] ?? [])
                        shared.formUnion(written[partner] ?? [])
                    }
                default: break
                }
                for (viewer, partner) in [(Fixture.alice, Fixture.bob), (Fixture.bob, Fixture.alice)] {
                    let visible = Set(states[viewer]!.fears.fears(of: partner, in: money).map(\.id))
                    #expect(visible.isSubset(of: shared))
                    #expect(visible == Set((written[partner] ?? []).filter(shared.contains)))
                }
            }
        }
    }
}
