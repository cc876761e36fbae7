import Foundation
import TrellisLanguage

/// A partner as the couple's record knows them.
public struct Member: Sendable, Equatable, Codable {
    public let id: MemberID
    public let name: String
    public let joinedAt: Date

    /// What the record calls a partner who closed their account (their name is destroyed), in the
    /// reader's language.
    public static var formerPartnerName: String { say("refusals.member.formerPartner") }

    func named(_ name: String) -> Member { Member(id: id, name: name, joinedAt: joinedAt) }
}
