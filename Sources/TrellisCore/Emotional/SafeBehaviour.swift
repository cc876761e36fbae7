import Foundation

/// A small thing the truster names that makes them feel safe in an area ("ask about my day"),
/// asked of their partner. Not a clear action: no schedule, no report duty. Each time it
/// happens, the truster says so in one tap; the partner may say "I did this", and it counts
/// only once the truster confirms it: emotional trust is theirs to feel.
public struct SafeBehaviour: Sendable, Equatable, Codable {
    /// One time it happened.
    public struct Moment: Sendable, Equatable, Codable {
        public let id: UUID
        public let day: Day
        public let at: Date
        public let word: String?
        /// Said by the partner who did it ("I did this"), rather than by the truster.
        public let claimed: Bool
        /// The truster's answer to a claim; a moment the truster recorded is confirmed at once.
        public internal(set) var confirmed: Bool?
        /// When it came to count: when recorded by the truster, or when they confirmed a claim.
        public internal(set) var countsFrom: Date?
    }

    public let id: BehaviourID
    public let truster: MemberID
    public let doer: MemberID
    public let area: AreaID
    public let what: String
    public internal(set) var retired = false
    public internal(set) var moments: [Moment] = []

    /// Moments the truster confirmed, the only ones that are evidence.
    public var confirmed: [Moment] { moments.filter { $0.confirmed == true } }
}

/// Every safe behaviour of the couple (they are requests, shared with both).
public struct SafeBehavioursState: Sendable, Equatable, Codable {
    /// A sensible cap per truster and area; there is no four-action limit here.
    public static let maximumPerArea = 12
    public static let maximumLength = 300
    public static let maximumWord = 300

    public internal(set) var behaviours: [SafeBehaviour] = []

    public init() {}

    public func behaviour(_ id: BehaviourID) -> SafeBehaviour? { behaviours.first { $0.id == id } }

    mutating func apply(_ event: SafeBehaviourEvent, by author: MemberID, at time: Date, partner: MemberID?) {
        switch event {
        case .named(let id, let area, let what):
            guard let partner else { return }
            behaviours.append(SafeBehaviour(id: id, truster: author, doer: partner, area: area, what: what))
        case .retired(let id): update(id) { $0.retired = true }
        case .happened(let id, let moment, let day, let word):
            update(id) { behaviour in
                let byTruster = behaviour.truster == author
                behaviour.moments.append(
                    .init(
                        id: moment, day: day, at: time, word: word, claimed: !byTruster,
                        confirmed: byTruster ? true : nil, countsFrom: byTruster ? time : nil))
            }
        case .confirmed(let id, let moment, let yes):
            update(id) { behaviour in
                guard let index = behaviour.moments.firstIndex(where: { $0.id == moment }) else { return }
                behaviour.moments[index].confirmed = yes
                behaviour.moments[index].countsFrom = yes ? time : nil
            }
        }
    }

    private mutating func update(_ id: BehaviourID, _ change: (inout SafeBehaviour) -> Void) {
        guard let index = behaviours.firstIndex(where: { $0.id == id }) else { return }
        change(&behaviours[index])
    }
}
