import Foundation
import TrellisLanguage

/// A partner as the couple's record knows them.
public struct Member: Sendable, Equatable, Codable {
    public let id: MemberID
    /// The name as the record holds it: `destroyedName` once its owner closed their account.
    let recordedName: String
    public let joinedAt: Date

    public init(id: MemberID, name: String, joinedAt: Date) {
        self.id = id
        recordedName = name
        self.joinedAt = joinedAt
    }

    /// The name to show: theirs, or for a partner who closed their account, what we call them in
    /// the reader's language (said when read, never when folded: both partners share one fold).
    public var name: String { recordedName == Self.destroyedName ? Self.formerPartnerName : recordedName }

    /// What closing an account writes in place of the name, in the stored events and the fold: a
    /// marker, stored since the first release, never shown as it is.
    package static let destroyedName = "a former partner"

    /// What the record calls a partner who closed their account, in the reader's language.
    public static var formerPartnerName: String { say("refusals.member.formerPartner") }

    func named(_ name: String) -> Member { Member(id: id, name: name, joinedAt: joinedAt) }

    enum CodingKeys: String, CodingKey {
        case id
        case recordedName = "name"
        case joinedAt
    }
}
