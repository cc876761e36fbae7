import Testing
import TrellisCore

@Suite("The couple's trust areas")
struct AreaTests {
    @Test func eitherPartnerAddsAnAreaWithATrimmedName() throws {
        var state = try Fixture.pairedCouple()
        _ = try Fixture.run(.addArea(name: "  Family visits \n"), by: Fixture.bob, on: &state)
        #expect(state.activeAreas.last?.name == "Family visits")
    }

    @Test(arguments: ["", "   ", String(repeating: "x", count: AreaName.maximumLength + 1), "bad\u{0007}name"])
    func badNamesAreRefused(name: String) throws {
        let state = try Fixture.pairedCouple()
        #expect(throws: CoupleRuleError.self) {
            try state.decide(.addArea(name: name), by: Fixture.alice, at: Fixture.now)
        }
    }

    @Test func namesAreUniqueAmongActiveAreasWhateverTheCase() throws {
        let state = try Fixture.pairedCouple()
        #expect(throws: CoupleRuleError.duplicateAreaName) {
            try state.decide(.addArea(name: "MONEY"), by: Fixture.alice, at: Fixture.now)
        }
    }

    @Test func renameArchiveAndRestore() throws {
        var state = try Fixture.pairedCouple()
        let money = try #require(state.activeAreas.first { $0.name == "Money" })
        _ = try Fixture.run(.renameArea(money.id, name: "Our money"), by: Fixture.alice, on: &state)
        #expect(state.area(money.id)?.name == "Our money")
        _ = try Fixture.run(.archiveArea(money.id), by: Fixture.bob, on: &state)
        #expect(state.area(money.id)?.isArchived == true)
        #expect(!state.activeAreas.contains { $0.id == money.id })
        #expect(throws: CoupleRuleError.areaArchived) {
            try state.decide(.renameArea(money.id, name: "x"), by: Fixture.alice, at: Fixture.now)
        }
        _ = try Fixture.run(.restoreArea(money.id), by: Fixture.alice, on: &state)
        #expect(state.area(money.id)?.isArchived == false)
        #expect(throws: CoupleRuleError.areaNotArchived) {
            try state.decide(.restoreArea(money.id), by: Fixture.alice, at: Fixture.now)
        }
    }

    @Test func anArchivedNameCanBeReusedButThenNotRestored() throws {
        var state = try Fixture.pairedCouple()
        let money = try #require(state.activeAreas.first { $0.name == "Money" })
        _ = try Fixture.run(.archiveArea(money.id), by: Fixture.alice, on: &state)
        _ = try Fixture.run(.addArea(name: "money"), by: Fixture.alice, on: &state)
        #expect(throws: CoupleRuleError.duplicateAreaName) {
            try state.decide(.restoreArea(money.id), by: Fixture.alice, at: Fixture.now)
        }
    }

    @Test func unknownAreasAndStrangersAreRefused() throws {
        let state = try Fixture.pairedCouple()
        #expect(throws: CoupleRuleError.unknownArea) {
            try state.decide(.archiveArea(AreaID()), by: Fixture.alice, at: Fixture.now)
        }
        let honesty = try #require(state.activeAreas.first)
        #expect(throws: CoupleRuleError.notAMember) {
            try state.decide(.archiveArea(honesty.id), by: Fixture.carol, at: Fixture.now)
        }
    }
}
