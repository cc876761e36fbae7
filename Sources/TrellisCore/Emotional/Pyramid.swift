import Foundation
import TrellisLanguage

/// The Intimacy Pyramid for one direction (how `truster` can rest in their partner): five
/// levels, none of which can be skipped. Each level's criteria are in `PyramidCriteria`, in
/// plain words with the evidence that meets or misses them; a level holds only if every level
/// below holds.
public struct Pyramid: Sendable, Equatable {
    public enum Level: String, Sendable, Equatable, CaseIterable, Comparable {
        case honesty, safety, trust, vulnerability, intimacy

        public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

        /// The level's name, as a heading or inside a sentence ("Honesty").
        public var name: String {
            switch self {
            case .honesty: say("trust.pyramid.level.honesty")
            case .safety: say("trust.pyramid.level.safety")
            case .trust: say("trust.pyramid.level.trust")
            case .vulnerability: say("trust.pyramid.level.vulnerability")
            case .intimacy: say("trust.pyramid.level.intimacy")
            }
        }

        /// What the level asks, in plain words.
        public var criterion: String {
            switch self {
            case .honesty: say("trust.pyramid.criterion.honesty")
            case .safety: say("trust.pyramid.criterion.safety")
            case .trust: say("trust.pyramid.criterion.trust")
            case .vulnerability: say("trust.pyramid.criterion.vulnerability")
            case .intimacy: say("trust.pyramid.criterion.intimacy")
            }
        }
    }

    /// One level's verdict: met or not, the evidence in words, and, when missed, what it needs.
    public struct Check: Sendable, Equatable {
        public let level: Level
        /// The level's own criteria are met (it holds only if every level below holds too).
        public let met: Bool
        public let evidence: [String]
        public let needs: String?
        /// Areas whose switch is off, which keep trust from holding.
        public let holdingBack: [AreaID]
    }

    public let truster: MemberID
    public let checks: [Check]

    /// The highest level that holds with every level below it; nil below honesty.
    public var place: Level? {
        var reached: Level?
        for check in checks {
            guard check.met else { break }
            reached = check.level
        }
        return reached
    }

    /// Whether `level` holds: its own criteria and all below.
    public func holds(_ level: Level) -> Bool { place.map { level <= $0 } ?? false }

    /// The first level not holding, and what it needs.
    public var next: Check? { checks.first { !$0.met } }
}
