import Foundation

/// What a partner fears about trust being broken in one area, and why. Private to its author
/// until they share it, on its own or together with their partner's (`FearsState.ready`).
public struct CoreFear: Sendable, Equatable, Codable {
    public let id: FearID
    public let author: MemberID
    public let area: AreaID
    public internal(set) var what: String
    public internal(set) var why: String
    public internal(set) var visibility: Visibility
    /// The partner's one line back ("thank you for telling me"), once shared; never a rebuttal.
    public internal(set) var answer: String?

    public init(
        id: FearID, author: MemberID, area: AreaID, what: String, why: String, visibility: Visibility,
        answer: String? = nil
    ) {
        self.id = id
        self.author = author
        self.area = area
        self.what = what
        self.why = why
        self.visibility = visibility
        self.answer = answer
    }
}

/// Core fears as the record holds them, for one viewer: their own (private or shared) and their
/// partner's shared ones; and, per area, who has said "share mine when my partner shares theirs".
public struct FearsState: Sendable, Equatable, Codable {
    public static let maximumPerArea = 10
    public static let maximumLength = 2000
    public static let maximumAnswerLength = 300

    public internal(set) var fears: [CoreFear] = []
    /// Per area, the partners waiting to reveal together; emptied when both are ready (the
    /// reveal happens in the same append as the second one's readiness).
    public internal(set) var ready: [AreaID: Set<MemberID>] = [:]

    public init() {}

    public func fear(_ id: FearID) -> CoreFear? { fears.first { $0.id == id } }

    public func fears(of author: MemberID, in area: AreaID) -> [CoreFear] {
        fears.filter { $0.author == author && $0.area == area }
    }

    public func isReady(_ member: MemberID, in area: AreaID) -> Bool { ready[area]?.contains(member) == true }

    mutating func apply(_ event: FearEvent, by author: MemberID, visibility: Visibility) {
        switch event {
        case .fearWritten(let id, let area, let what, let why):
            let fear = CoreFear(id: id, author: author, area: area, what: what, why: why, visibility: visibility)
            if let index = fears.firstIndex(where: { $0.id == id }) { fears[index] = fear } else { fears.append(fear) }
        case .fearEdited(let id, let what, let why):
            update(id) {
                $0.what = what
                $0.why = why
            }
        case .fearWithdrawn(let id):
            fears.removeAll { $0.id == id }
        case .fearsReady(let area):
            var waiting = ready[area] ?? []
            waiting.insert(author)
            ready[area] = waiting.count >= 2 ? nil : waiting
        case .fearAnswered(let id, let line):
            update(id) { $0.answer = line }
        }
    }

    private mutating func update(_ id: FearID, _ change: (inout CoreFear) -> Void) {
        guard let index = fears.firstIndex(where: { $0.id == id }) else { return }
        change(&fears[index])
    }
}
