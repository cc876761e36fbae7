import Foundation
import PropertyBased
import Testing
import TrellisCore

@Suite("Expectations: agreed words, versioned, and promises to tell")
struct ExpectationTests {
    static let today = Day(Fixture.now)

    static func run(_ step: ExpectationCommand, by actor: MemberID, on state: inout CoupleState)
        throws(CoupleRuleError)
    {
        _ = try Fixture.run(.expectation(step, today: today), by: actor, on: &state)
    }

    static func code(_ body: () throws -> Void) -> String? { CoreFearTests.code(body) }

    @Test func anExpectationHoldsOnlyOnceBothAgreeAndAChangeWaitsForBoth() throws {
        var state = try Fixture.pairedCouple()
        let friendships = state.activeAreas[4].id
        let id = ExpectationID()
        try Self.run(
            .propose(
                id: id, area: friendships, words: "Dinners with a friend: tell me beforehand", promise: false,
                reviewOn: nil),
            by: Fixture.alice, on: &state)
        #expect(state.expectations.expectation(id)?.holds == false)
        #expect(Self.code { try Self.run(.agree(id: id, version: 1), by: Fixture.alice, on: &state) } == "not_yours")
        try Self.run(.agree(id: id, version: 1), by: Fixture.bob, on: &state)
        #expect(state.expectations.expectation(id)?.current?.words == "Dinners with a friend: tell me beforehand")

        // Bob proposes other words: the agreed ones stay in force until Alice agrees to the new.
        try Self.run(
            .reword(id: id, words: "Dinners with a friend: tell me the same day", reviewOn: nil), by: Fixture.bob,
            on: &state)
        #expect(state.expectations.expectation(id)?.current?.number == 1)
        #expect(
            Self.code { try Self.run(.agree(id: id, version: 1), by: Fixture.alice, on: &state) } == "stale_version")
        try Self.run(.agree(id: id, version: 2), by: Fixture.alice, on: &state)
        #expect(state.expectations.expectation(id)?.current?.number == 2)

        // Either may withdraw consent at any time: it stops holding at once.
        try Self.run(.withdrawConsent(id: id), by: Fixture.alice, on: &state)
        #expect(state.expectations.expectation(id)?.holds == false)
        #expect(state.expectations.expectation(id)?.withdrawnBy == Fixture.alice)
        #expect(Self.code { try Self.run(.withdrawConsent(id: id), by: Fixture.bob, on: &state) } == "not_holding")
    }

    @Test func aPromiseToTellIsWordedAndKeptByTheOneWhoMakesIt() throws {
        var state = try Fixture.pairedCouple()
        let honesty = state.activeAreas[0].id
        let id = ExpectationID()
        try Self.run(
            .propose(
                id: id, area: honesty, words: "I will tell you within a day when I see my ex", promise: true,
                reviewOn: Self.today.adding(days: 30)),
            by: Fixture.bob, on: &state)
        #expect(
            Self.code {
                try Self.run(.disclose(id: id, disclosure: UUID(), text: "Coffee"), by: Fixture.bob, on: &state)
            } == "not_holding")
        #expect(
            Self.code {
                try Self.run(.reword(id: id, words: "Tell me every hour", reviewOn: nil), by: Fixture.alice, on: &state)
            } == "not_yours")
        try Self.run(.agree(id: id, version: 1), by: Fixture.alice, on: &state)
        #expect(
            Self.code { try Self.run(.disclose(id: id, disclosure: UUID(), text: "x"), by: Fixture.alice, on: &state) }
                == "not_yours")
        let told = UUID()
        try Self.run(
            .disclose(id: id, disclosure: told, text: "I'm telling you: we had coffee today."), by: Fixture.bob,
            on: &state)
        #expect(
            Self.code { try Self.run(.thank(id: id, disclosure: told), by: Fixture.bob, on: &state) } == "not_yours")
        try Self.run(.thank(id: id, disclosure: told), by: Fixture.alice, on: &state)
        #expect(state.expectations.expectation(id)?.disclosures.first?.thanked == true)
        #expect(
            Self.code { try Self.run(.thank(id: id, disclosure: told), by: Fixture.alice, on: &state) }
                == "already_thanked")
    }

    @Test func itHoldsExactlyWhenBothAgreedToTheVersionInForce() async throws {
        try await propertyCheck(count: 200, input: Gen.int(in: 0...99_999).array(of: 1...40)) { codes in
            var state = try Fixture.pairedCouple()
            let area = state.activeAreas[2].id
            let id = ExpectationID()
            try Self.run(
                .propose(id: id, area: area, words: "Words 0", promise: false, reviewOn: nil), by: Fixture.alice,
                on: &state)
            // A model of consent, kept by the test: the version each last agreed to (nil once withdrawn).
            var agreed: [MemberID: Int] = [Fixture.alice: 1]
            var holding: Int? = nil
            for code in codes {
                let actor = code % 2 == 0 ? Fixture.alice : Fixture.bob
                let expectation = try #require(state.expectations.expectation(id))
                let named = code % 7 == 0 ? 1 : (expectation.pending?.number ?? expectation.latest.number)
                let command: ExpectationCommand =
                    switch (code / 2) % 4 {
                    case 0: .reword(id: id, words: "Words \(code)", reviewOn: nil)
                    case 1: .agree(id: id, version: named)
                    case 2: .decline(id: id, version: named)
                    default: .withdrawConsent(id: id)
                    }
                let before = state
                guard (try? Self.run(command, by: actor, on: &state)) != nil else {
                    #expect(state == before)
                    continue
                }
                switch command {
                case .reword: agreed[actor] = state.expectations.expectation(id)!.latest.number
                case .agree(_, let version):
                    agreed[actor] = version
                    if agreed[Fixture.alice] == version, agreed[Fixture.bob] == version { holding = version }
                case .withdrawConsent:
                    agreed[actor] = nil
                    holding = nil
                default: break
                }
                let now = try #require(state.expectations.expectation(id))
                #expect(now.inForce == holding)
                if let holding {
                    #expect(now.current?.number == holding)
                }
            }
        }
    }
}
