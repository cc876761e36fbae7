import Crypto
import Foundation
import TrellisCore

/// Opens and decodes the stored events of one read: the decoder and the parsed author ids are
/// reused across rows, which is most of the cost of loading a long history.
package struct EventReader {
    package let couple: String
    let decoder = JSONDecoder()
    var authors: [String: MemberID] = [:]

    package init(couple: CoupleID) { self.couple = couple.description }

    /// One stored event, as its columns hold it; `key` gives the key for its visibility.
    package mutating func decode(
        seq: Int64, author authorText: String, visibility visibilityText: String, at seconds: Double, body: Data,
        key: (Visibility) -> SymmetricKey
    ) throws -> CoupleEvent {
        guard let author = authors[authorText] ?? MemberID(authorText),
            let visibility = Visibility(rawValue: visibilityText)
        else { throw StoreError.unreadable }
        authors[authorText] = author
        let time = Date(timeIntervalSinceReferenceDate: seconds)
        let context = SealContext.event(couple: couple, seq: seq, author: authorText, visibility: visibility, at: time)
        let payload = try EventBody.decode(
            try Sealer.open(body, with: key(visibility), context: context), with: decoder)
        return CoupleEvent(seq: seq, at: time, author: author, visibility: visibility, payload: payload)
    }
}

/// An account's email and name, sealed under the member's own key.
package enum AccountSeal {
    package static func seal(email: String, name: String, with key: SymmetricKey, for member: MemberID) throws
        -> (email: Data, name: Data)
    {
        (
            try Sealer.seal(Data(email.utf8), with: key, context: SealContext.email(member)),
            try Sealer.seal(Data(name.utf8), with: key, context: SealContext.name(member))
        )
    }

    package static func open(email: Data, name: Data, with key: SymmetricKey, for member: MemberID) throws
        -> (email: String, name: String)
    {
        (
            String(decoding: try Sealer.open(email, with: key, context: SealContext.email(member)), as: UTF8.self),
            String(decoding: try Sealer.open(name, with: key, context: SealContext.name(member)), as: UTF8.self)
        )
    }
}

extension EventPayload {
    /// The event that joined a member, with their name replaced by the former partner's; nil for
    /// any other kind. What closing an account seals again in place of the original.
    package var withoutName: EventPayload? {
        switch self {
        case .coupleStarted: .coupleStarted(founderName: Member.destroyedName)
        case .partnerJoined: .partnerJoined(name: Member.destroyedName)
        default: nil
        }
    }
}
