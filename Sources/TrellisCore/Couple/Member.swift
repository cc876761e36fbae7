import Foundation

/// A partner as the couple's record knows them.
public struct Member: Sendable, Equatable, Codable {
    public let id: MemberID
    public let name: String
    public let joinedAt: Date

    /// What the record calls a partner who closed their account (their name is destroyed).
    public static let formerPartnerName = "a former partner"

    func named(_ name: String) -> Member { Member(id: id, name: name, joinedAt: joinedAt) }
}
