import Foundation

/// One entry of a practice: a noticed sign of grace, an evening journal entry, or a sliding-door moment.
public struct PracticeEntry: Sendable, Equatable, Codable {
    public enum Kind: Sendable, Equatable, Codable {
        case noticing
        case journal
        /// Turned toward the partner (true) or away (false): both count, honesty first.
        case slidingDoor(toward: Bool)
    }

    public let id: EntryID
    public let kind: Kind
    public let author: MemberID
    public let day: Day
    public internal(set) var text: String
    public let area: AreaID?
    public internal(set) var visibility: Visibility
}

/// Feedback from one partner to the other, and the receiver's way through it.
public struct Feedback: Sendable, Equatable, Codable {
    public let id: FeedbackID
    public let giver: MemberID
    public let receiver: MemberID
    public let text: String
    public let givenAt: Date
    /// When the receiver's pause ends and the reply opens; known to the receiver alone.
    public internal(set) var replyOpensAt: Date?
    /// The one true thing the receiver heard in it, named back.
    public internal(set) var reflection: String?
    /// The giver's answer to the reflection.
    public internal(set) var landed: Bool?
    /// The giver's line on what they meant, after "not quite".
    public internal(set) var clarification: String?
    /// What was named back before, each answered "not quite", oldest first.
    public internal(set) var earlierReflections: [String] = []
}

/// The practices as the couple's record holds them, for one viewer.
public struct IntegrityState: Sendable, Equatable, Codable {
    public internal(set) var entries: [PracticeEntry] = []
    public internal(set) var feedback: [Feedback] = []

    public init() {}

    public func entry(_ id: EntryID) -> PracticeEntry? { entries.first { $0.id == id } }
    public func feedback(_ id: FeedbackID) -> Feedback? { feedback.first { $0.id == id } }

    /// Whether `member` received feedback they have not named back yet: their own feedback waits
    /// until they have.
    public func awaitsReflection(by member: MemberID) -> Bool {
        feedback.contains { $0.receiver == member && $0.reflection == nil }
    }

    public func journal(of author: MemberID, on day: Day) -> PracticeEntry? {
        entries.last { $0.kind == .journal && $0.author == author && $0.day == day }
    }

    mutating func apply(_ event: IntegrityEvent, by author: MemberID, at time: Date, visibility: Visibility) {
        switch event {
        case .noticed(let id, let day, let what, let area):
            record(
                PracticeEntry(
                    id: id, kind: .noticing, author: author, day: day, text: what, area: area, visibility: visibility))
        case .journalWritten(let id, let day, let text):
            record(
                PracticeEntry(
                    id: id, kind: .journal, author: author, day: day, text: text, area: nil, visibility: visibility))
        case .slidingDoor(let id, let day, let toward, let what, let area):
            record(
                PracticeEntry(
                    id: id, kind: .slidingDoor(toward: toward), author: author, day: day, text: what, area: area,
                    visibility: visibility))
        case .journalEdited(let id, let text):
            if let index = entries.firstIndex(where: { $0.id == id }) { entries[index].text = text }
        case .feedbackGiven(let id, let to, let text):
            feedback.append(Feedback(id: id, giver: author, receiver: to, text: text, givenAt: time))
        case .feedbackPaused(let id, let seconds):
            updateFeedback(id) { $0.replyOpensAt = time.addingTimeInterval(TimeInterval(seconds)) }
        case .feedbackReflected(let id, let text):
            updateFeedback(id) {
                // Naming it back again, after "not quite": the earlier try is kept.
                if let earlier = $0.reflection { $0.earlierReflections.append(earlier) }
                $0.reflection = text
                $0.landed = nil
            }
        case .reflectionMarked(let id, let landed, let line):
            updateFeedback(id) {
                $0.landed = landed
                if let line { $0.clarification = line }
            }
        }
    }

    /// A second record of the same entry is its author sharing it: the shared copy takes its place.
    private mutating func record(_ entry: PracticeEntry) {
        if let index = entries.firstIndex(where: { $0.id == entry.id }) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    private mutating func updateFeedback(_ id: FeedbackID, _ change: (inout Feedback) -> Void) {
        guard let index = feedback.firstIndex(where: { $0.id == id }) else { return }
        change(&feedback[index])
    }
}
