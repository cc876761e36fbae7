import Foundation
import TrellisLanguage

/// A private record of an urge to check, whether it was acted on, and what helped. Its author
/// alone ever sees it: it has no shared form at all, so the partner can neither read nor detect it.
public struct Urge: Sendable, Equatable, Codable {
    /// What the urge was to check. Raw values are stored: never change one.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        case phone, socialMedia, location, other

        public var words: String {
            switch self {
            case .phone: say("reach.urge.kind.phone")
            case .socialMedia: say("reach.urge.kind.socialMedia")
            case .location: say("reach.urge.kind.location")
            case .other: say("reach.urge.kind.other")
            }
        }
    }

    public let id: UrgeID
    public let author: MemberID
    public let day: Day
    public let at: Date
    public let kind: Kind
    public let actedOn: Bool
    /// What helped, in the author's words or one of the suggestions.
    public let helped: String?
    /// What set it off, if the author wants to note it.
    public let trigger: String?
    public let area: AreaID?
}

/// The viewer's own urges, oldest first (a fold for one viewer holds only theirs).
public struct UrgeLog: Sendable, Equatable, Codable {
    public static let perDay = 50
    public static let maximumText = 300
    /// Ways through an urge that many people find help, offered as one tap each. The one chosen
    /// is kept as the author's own words, in the language they chose it in.
    public static var suggestions: [String] {
        [
            say("reach.urge.helped.breathed"), say("reach.urge.helped.waited"), say("reach.urge.helped.walked"),
            say("reach.urge.helped.wrote"), say("reach.urge.helped.talked"), say("reach.urge.helped.asked"),
        ]
    }

    public internal(set) var urges: [Urge] = []

    public init() {}

    public func urges(of member: MemberID) -> [Urge] { urges.filter { $0.author == member } }
}
