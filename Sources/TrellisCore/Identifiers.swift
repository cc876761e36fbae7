import Foundation

/// A typed UUID: the tag keeps a member id from being passed where a couple id belongs.
public struct Identifier<Tag>: Hashable, Codable, Sendable, CustomStringConvertible {
    public let rawValue: UUID

    public init(_ rawValue: UUID = UUID()) { self.rawValue = rawValue }

    /// Accepts the text form of a UUID, in either case; nil for anything else.
    public init?(_ text: String) {
        guard let uuid = UUID(uuidString: text) else { return nil }
        rawValue = uuid
    }

    /// As a single UUID value (the same JSON as the UUID itself), so a format that writes UUIDs
    /// as bytes (`CompactEncoder`) sees one.
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(UUID.self) }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
    /// Lower-case, as `uuidString.lowercased()`; written by hand, since `uuidString` goes through
    /// `sprintf` and every answer names many ids.
    public var description: String {
        withUnsafeBytes(of: rawValue.uuid) { bytes in
            String(unsafeUninitializedCapacity: 36) { text in
                var at = 0
                for (index, byte) in bytes.enumerated() {
                    if index == 4 || index == 6 || index == 8 || index == 10 {
                        text[at] = UInt8(ascii: "-")
                        at += 1
                    }
                    text[at] = hexDigits[Int(byte >> 4)]
                    text[at + 1] = hexDigits[Int(byte & 0x0f)]
                    at += 2
                }
                return at
            }
        }
    }
}

private let hexDigits = Array("0123456789abcdef".utf8)

public enum MemberTag {}
public enum CoupleTag {}
public enum AreaTag {}
public enum GrantTag {}
public enum ActionTag {}
public enum ExpectationTag {}
public enum FearTag {}
public enum HurtTag {}
public enum RuptureTag {}
public enum WindowTag {}
public enum EntryTag {}
public enum FeedbackTag {}
public enum QuestionTag {}
public enum CheckInTag {}
public enum UrgeTag {}
public enum BehaviourTag {}
public enum SuggestionTag {}
public enum NoteTag {}
public enum HardDateTag {}
public enum HardWeekTag {}
public enum ThenAndNowTag {}

/// A person with an account. Inside a couple the same id names them as a member.
public typealias MemberID = Identifier<MemberTag>
/// One couple: the boundary of an event stream and of who may see what.
public typealias CoupleID = Identifier<CoupleTag>
/// A trust area ("money", "honesty", ...) of one couple.
public typealias AreaID = Identifier<AreaTag>
/// Trust one partner gave the other (`TrustGrant`).
public typealias GrantID = Identifier<GrantTag>
/// A clear action one partner asked of the other (`RepairAction`).
public typealias ActionID = Identifier<ActionTag>
/// What both partners hold to, or a promise to tell (`Expectation`).
public typealias ExpectationID = Identifier<ExpectationTag>
/// A core fear one partner wrote (`CoreFear`).
public typealias FearID = Identifier<FearTag>
/// What hurt, behind a switch turned off (`Hurt`).
public typealias HurtID = Identifier<HurtTag>
/// A small thing that became a test of safety, and its repair (`Rupture`).
public typealias RuptureID = Identifier<RuptureTag>
/// One Transparency Window, from its invitation to its end (`TransparencyWindow`).
public typealias WindowID = Identifier<WindowTag>
/// One entry of a practice: a noticing, a journal entry or a sliding-door moment (`PracticeEntry`).
public typealias EntryID = Identifier<EntryTag>
/// Feedback one partner gave the other (`Feedback`).
public typealias FeedbackID = Identifier<FeedbackTag>
/// One of the two questions asked behind a switch (`RepairQuestion`).
public typealias QuestionID = Identifier<QuestionTag>
/// A check-in on the four signs (`SignsCheckIn`).
public typealias CheckInID = Identifier<CheckInTag>
/// One urge, logged (`Urge`).
public typealias UrgeID = Identifier<UrgeTag>
/// A safe behaviour a partner named (`SafeBehaviour`).
public typealias BehaviourID = Identifier<BehaviourTag>
/// A clinician's suggestion to the couple (`Suggestion`).
public typealias SuggestionID = Identifier<SuggestionTag>
/// A clinician's note to both partners (`OutsideHelpState.Note`).
public typealias NoteID = Identifier<NoteTag>
/// A day that hurts, on one member's private list (`HardDate`).
public typealias HardDateID = Identifier<HardDateTag>
/// A hard week one partner told the other about (`HardWeek`).
public typealias HardWeekID = Identifier<HardWeekTag>
/// One then-and-now answer (`ThenAndNowAnswer`).
public typealias ThenAndNowID = Identifier<ThenAndNowTag>
