import Foundation
import Testing
import TrellisLanguage

@testable import TrellisCore

/// Both partners share one fold, so a partner who left is named when read, in each reader's
/// language, and the record keeps the marker it has always stored.
@Suite struct FormerPartnerNameTests {
    @Test func aPartnerWhoLeftIsNamedInTheReadersLanguageAndStoredAsBefore() throws {
        let member = Member(id: MemberID(), name: Member.destroyedName, joinedAt: Date(timeIntervalSince1970: 0))
        #expect(member.name == "a former partner")
        let german = Say.$language.withValue(.german) { member.name }
        #expect(german == Say.$language.withValue(.german) { Member.formerPartnerName } && german != member.name)
        let stored = String(decoding: try JSONEncoder().encode(member), as: UTF8.self)
        #expect(stored.contains(#""name":"a former partner""#))
        #expect(try JSONDecoder().decode(Member.self, from: Data(stored.utf8)) == member)
    }

    @Test func anyOtherNameIsShownExactlyAsWritten() {
        let member = Member(id: MemberID(), name: "Sam {name}", joinedAt: Date(timeIntervalSince1970: 0))
        #expect(Say.$language.withValue(.spanish) { member.name } == "Sam {name}")
    }
}
