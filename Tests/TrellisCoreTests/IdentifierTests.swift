import Foundation
import Testing
import TrellisCore

@Suite("Identifiers")
struct IdentifierTests {
    @Test func anIdReadsAsItsUUIDInLowerCaseAndBack() throws {
        let fixed = try #require(UUID(uuidString: "6F1C0E52-1F0B-4C43-9C55-0D2E7E1B9A10"))
        #expect(AreaID(fixed).description == "6f1c0e52-1f0b-4c43-9c55-0d2e7e1b9a10")
        for _ in 0..<1000 {
            let id = CoupleID()
            #expect(id.description == id.rawValue.uuidString.lowercased())
            #expect(CoupleID(id.description) == id)
        }
    }
}
