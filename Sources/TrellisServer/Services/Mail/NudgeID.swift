import Foundation
import TrellisCore
import TrellisStore

/// A nudge's id: the same all day for one member and kind, so a second of the day, from any step
/// or any instance, stands aside for the first. A keyed-free hash, so the id (the mail's
/// Message-ID) names no member.
enum NudgeID {
    static func make(_ kind: NudgePreferences.Kind, for member: MemberID, on day: Day) -> String {
        let key = SecretToken.base64URL(SecretToken.hash("nudge \(kind.rawValue) \(member) \(day)"))
        return "n-\(key.prefix(32))@trellis"
    }

    static func item(_ kind: NudgePreferences.Kind, for member: MemberID, on day: Day, at time: Date) -> OutboxItem {
        OutboxItem(
            id: make(kind, for: member, on: day), kind: kind.rawValue, account: member, secret: nil, createdAt: time)
    }
}
