import Foundation

/// The Intimacy Pyramid for one direction (how `truster` can rest in their partner): five
/// levels, none of which can be skipped. Each level's criteria are in `PyramidCriteria`, in
/// plain words with the evidence that meets or misses them; a level holds only if every level
/// below holds.
public struct Pyramid: Sendable, Equatable {
    public enum Level: String, Sendable, Equatable, CaseIterable, Comparable {
        case honesty, safety, trust, vulnerability, intimacy

        public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

        public var name: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

        /// What the level asks, in plain words.
        public var criterion: String {
            switch self {
            case .honesty:
                "Reports are made, misses included, and questions get answers."
            case .safety:
                "Clear actions are done as agreed over several weeks, and the doing is acknowledged."
            case .trust:
                "Switches are on in the areas that had hurts, and the evidence has been steady since."
            case .vulnerability:
                "Fears are shared, trust is given and honoured, and a Transparency Window has been held."
            case .intimacy:
                "All of this, kept over time, in both directions."
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
