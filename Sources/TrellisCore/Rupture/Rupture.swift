import Foundation
import TrellisLanguage

/// A rupture: a moment when a small issue became a test of safety. Its author records what
/// happened and how it felt, privately or shared; a shared rupture collects repair steps from
/// both partners and closes only when both say it feels repaired.
public struct Rupture: Sendable, Equatable, Codable {
    /// One step of repair, by either partner.
    public struct Step: Sendable, Equatable, Codable {
        /// Raw values are stored: never change one.
        public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
            /// What I understand now.
            case understand
            /// What I am sorry for.
            case sorry
            /// What we agree to do next.
            case next

            public var prompt: String {
                switch self {
                case .understand: say("repair.rupture.kind.understand")
                case .sorry: say("repair.rupture.kind.sorry")
                case .next: say("repair.rupture.kind.next")
                }
            }
        }

        public let id: UUID
        public let author: MemberID
        public let kind: Kind
        public let text: String
        /// A clear action or an expectation this step leads to, when one fits.
        public let action: ActionID?
        public let expectation: ExpectationID?
        public let at: Date
    }

    public let id: RuptureID
    public let author: MemberID
    public let area: AreaID?
    public let what: String
    public let felt: String
    public let at: Date
    public internal(set) var visibility: Visibility
    public internal(set) var steps: [Step] = []
    /// Who says it feels repaired now.
    public internal(set) var repairedFor: Set<MemberID> = []
    /// When the second partner said it feels repaired.
    public internal(set) var closedAt: Date?

    public var isClosed: Bool { closedAt != nil }

    /// Open, shared, and the partner's move is answered by nothing of `member`'s yet: they wrote
    /// it and `member` added no step, or they say it feels repaired and `member` has not.
    public func awaits(_ member: MemberID) -> Bool {
        guard visibility == .shared, !isClosed, !repairedFor.contains(member) else { return false }
        let partnerSaysRepaired = repairedFor.contains { $0 != member }
        return partnerSaysRepaired || (author != member && !steps.contains { $0.author == member })
    }
}

/// The ruptures one viewer's record holds: their own, and the shared ones.
public struct RupturesState: Sendable, Equatable, Codable {
    public static let maximumText = 2000
    public static let maximumOpen = 20
    public static let maximumSteps = 100

    public internal(set) var ruptures: [Rupture] = []

    public init() {}

    public func rupture(_ id: RuptureID) -> Rupture? { ruptures.first { $0.id == id } }

    mutating func apply(
        _ event: RuptureEvent, by author: MemberID, at time: Date, visibility: Visibility, members: [MemberID]
    ) {
        switch event {
        case .recorded(let id, let area, let what, let felt):
            // A second record with the same id is its author sharing it.
            if let index = ruptures.firstIndex(where: { $0.id == id }) {
                ruptures[index].visibility = visibility
            } else {
                ruptures.append(
                    Rupture(
                        id: id, author: author, area: area, what: what, felt: felt, at: time, visibility: visibility))
            }
        case .stepAdded(let id, let step, let kind, let text, let action, let expectation):
            update(id) {
                $0.steps.append(
                    .init(
                        id: step, author: author, kind: kind, text: text, action: action, expectation: expectation,
                        at: time))
            }
        case .feelsRepaired(let id, let repaired):
            update(id) { rupture in
                if repaired { rupture.repairedFor.insert(author) } else { rupture.repairedFor.remove(author) }
                if members.allSatisfy(rupture.repairedFor.contains) { rupture.closedAt = time }
            }
        }
    }

    private mutating func update(_ id: RuptureID, _ change: (inout Rupture) -> Void) {
        guard let index = ruptures.firstIndex(where: { $0.id == id }) else { return }
        change(&ruptures[index])
    }
}
