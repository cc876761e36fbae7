import Foundation

/// What both partners consider normal and permissible in an area ("one-on-one dinners with a
/// friend: tell me beforehand"), or a promise one partner makes about themselves to tell the
/// other of something ("I will tell you within a day when I see my ex"). Words go through
/// versions; an expectation holds only once both partners have agreed to the same version, and
/// stops holding the moment either withdraws their consent.
public struct Expectation: Sendable, Equatable, Codable {
    /// One wording, numbered from 1 in the order proposed.
    public struct Version: Sendable, Equatable, Codable {
        public let number: Int
        public let words: String
        public let proposedBy: MemberID
        public let reviewOn: Day?
    }

    /// A disclosure the promiser made against their promise, and whether the partner thanked them.
    public struct Disclosure: Sendable, Equatable, Codable {
        public let id: UUID
        public let text: String
        public let at: Date
        public internal(set) var thanked: Bool
    }

    public let id: ExpectationID
    public let area: AreaID
    /// For a disclosure promise, the partner who promises to tell; nil for a shared expectation.
    public let promiser: MemberID?
    public internal(set) var versions: [Version]
    /// The version both agreed to, while it holds.
    public internal(set) var inForce: Int?
    /// A newer version proposed and not yet agreed or declined; the one in force stays meanwhile.
    public internal(set) var proposed: Int?
    /// Who withdrew consent last, while nothing holds because of it.
    public internal(set) var withdrawnBy: MemberID?
    public internal(set) var disclosures: [Disclosure] = []
    /// The version each partner last agreed to (proposing words agrees to them).
    public internal(set) var consent: [MemberID: Int] = [:]

    public var holds: Bool { inForce != nil }
    public var current: Version? { inForce.flatMap(version) }
    public var pending: Version? { proposed.flatMap(version) }
    public var latest: Version { versions[versions.count - 1] }

    public func version(_ number: Int) -> Version? { versions.first { $0.number == number } }
}
