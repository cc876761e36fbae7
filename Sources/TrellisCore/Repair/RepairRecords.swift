import Foundation
import TrellisLanguage

/// One partner's logical switch for one area: on or off, with every flip kept.
public struct TrustSwitch: Sendable, Equatable, Codable {
    public let truster: MemberID
    public let area: AreaID
    public internal(set) var isOn: Bool
    public internal(set) var history: [Flip]

    /// One setting of the switch, kept in order: the history of trust in this area and direction.
    public struct Flip: Sendable, Equatable, Codable {
        public let at: Date
        public let on: Bool
    }
}

/// The hurt behind a switch: what happened, and what would help.
public struct Hurt: Sendable, Equatable, Codable {
    public let id: HurtID
    public let author: MemberID
    public let area: AreaID
    public let what: String
    public let help: String
    public internal(set) var visibility: Visibility
    public let recordedAt: Date
}

/// One of the two questions of the method, asked by a partner about the other's switch.
public struct RepairQuestion: Sendable, Equatable, Codable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case whatHappened
        case whatCanIDo

        public var wording: String {
            switch self {
            case .whatHappened: say("repair.question.whatHappened")
            case .whatCanIDo: say("repair.question.whatCanIDo")
            }
        }
    }

    public let id: QuestionID
    public let asker: MemberID
    public let area: AreaID
    public let kind: Kind
    public let askedAt: Date
    public internal(set) var answer: String?
}

/// A note in the exchange about one occurrence.
public struct OccurrenceNote: Sendable, Equatable, Codable {
    public let author: MemberID
    public let at: Date
    public let text: String
}

/// What is known of one occurrence of an action. Nothing reported stays "not reported".
public struct Occurrence: Sendable, Equatable, Codable {
    public internal(set) var outcome: Outcome?
    /// When the outcome was reported, for taking it back within `RepairState.withdrawWindow`.
    public internal(set) var reportedAt: Date?
    /// The asker's "I noticed", with an optional word.
    public internal(set) var acknowledged: OccurrenceNote?
    /// The asker saw it although it was not reported.
    public internal(set) var noticed: OccurrenceNote?
    public internal(set) var notes: [OccurrenceNote] = []

    /// Nothing is recorded: the day reads "not reported".
    var isEmpty: Bool { outcome == nil && acknowledged == nil && noticed == nil && notes.isEmpty }
}

/// A clear action one partner asked of the other.
public struct RepairAction: Sendable, Equatable, Codable {
    public enum Status: Sendable, Equatable, Codable {
        /// Asked, waiting for the doer to accept or propose other words.
        case requested
        /// The doer proposed other words; the asker accepts or declines them.
        case rewordProposed(what: String, cadence: Cadence)
        case active
        case retired
    }

    public let id: ActionID
    public let area: AreaID
    public let asker: MemberID
    public let doer: MemberID
    public internal(set) var what: String
    public internal(set) var cadence: Cadence
    public let note: String?
    public internal(set) var status: Status
    public internal(set) var activeSince: Day?
    /// Who proposed retiring it, while the asker has not decided.
    public internal(set) var retirementProposedBy: MemberID?
    public internal(set) var occurrences: [Day: Occurrence] = [:]

    public var isActive: Bool { status == .active }
    public var isPending: Bool {
        switch status {
        case .requested, .rewordProposed: true
        case .active, .retired: false
        }
    }
}
