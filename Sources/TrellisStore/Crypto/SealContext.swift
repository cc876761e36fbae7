import Foundation
import TrellisCore

/// What each sealed value is bound to (its AES-GCM associated data), the same for every backend:
/// a value moved to another row, couple, member or position does not open, and a database copied
/// from one backend to another opens unchanged.
package enum SealContext {
    /// The owner of a wrapped data key.
    package static func coupleKey(_ couple: CoupleID) -> String { "couple:\(couple)" }
    package static func memberKey(_ member: MemberID) -> String { "member:\(member)" }

    static func email(_ member: MemberID) -> String { "email " + memberKey(member) }
    static func name(_ member: MemberID) -> String { "name " + memberKey(member) }
    package static func invite(_ couple: CoupleID, _ member: MemberID) -> String {
        "invite couple:\(couple) member:\(member)"
    }
    package static func feed(_ member: MemberID) -> String { "calendar feed member:\(member)" }
    package static func outbox(_ id: String, _ member: MemberID) -> String { "outbox \(id) member:\(member)" }
    package static func push(_ id: String, _ member: MemberID) -> String { "push \(id) member:\(member)" }
    package static func snapshot(_ couple: CoupleID, _ viewer: MemberID, _ position: Int64) -> String {
        "snapshot \(couple) \(viewer) \(CoupleState.foldVersion) \(position)"
    }

    /// Binds the event's place and metadata to its ciphertext: a body moved elsewhere will not open.
    /// (The time is written as its exact bit pattern: cheap to format, and no rounding.)
    package static func event(couple: String, seq: Int64, author: String, visibility: Visibility, at time: Date)
        -> String
    {
        "event \(couple) \(seq) \(author) \(visibility.rawValue) \(String(time.timeIntervalSinceReferenceDate.bitPattern, radix: 16))"
    }

    package static func event(couple: CoupleID, seq: Int64, author: MemberID, visibility: Visibility, at time: Date)
        -> String
    {
        event(couple: couple.description, seq: seq, author: author.description, visibility: visibility, at: time)
    }
}
