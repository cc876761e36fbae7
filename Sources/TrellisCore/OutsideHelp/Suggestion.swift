import Foundation
import TrellisLanguage

/// A clear action or an expectation a clinician put to the couple. It is only words until a
/// partner takes it on, and then it goes the usual way: an action is asked of the partner who
/// would do it, who agrees or not; an expectation is proposed, and the other partner agrees or
/// not. A clinician never starts either on the couple's behalf.
public struct Suggestion: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        case clearAction, expectation

        /// The part of the couple's work it belongs to: a clinician suggests only in parts open to them.
        public var part: HelpScope {
            switch self {
            case .clearAction: .repair
            case .expectation: .expectations
            }
        }

        public var title: String {
            switch self {
            case .clearAction: say("reach.suggestion.clearAction")
            case .expectation: say("reach.suggestion.expectation")
            }
        }

        /// Longest words the suggestion may have: those of what it becomes.
        var limit: Int {
            switch self {
            case .clearAction: RepairState.maximumActionLength
            case .expectation: ExpectationsState.maximumWords
            }
        }
    }

    /// What the couple said: taken on or not, by whom.
    public struct Answer: Sendable, Equatable, Codable {
        public let accepted: Bool
        public let by: MemberID
        public let at: Date
    }

    public let id: SuggestionID
    public let clinician: MemberID
    public let name: String
    public let kind: Kind
    /// For a clear action, the partner who would do it.
    public let doer: MemberID?
    public let words: String
    public let at: Date
    public internal(set) var answer: Answer?

    /// Whether `member` may take it on: either partner for an expectation; for a clear action,
    /// the partner who would ask it of the doer (nobody asks an action of themselves).
    public func canBeTakenOn(by member: MemberID) -> Bool {
        answer == nil && (kind == .expectation || (doer != nil && doer != member))
    }
}
