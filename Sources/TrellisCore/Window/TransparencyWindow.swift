import Foundation

/// A Transparency Window: ten minutes of open time in which one partner asks the question they
/// have been afraid to ask and the other answers without defending. Each partner rates their own
/// defensiveness from 0 to 10; any rating above 5 pauses the window for both, and it opens again
/// only when both are at 5 or below and both have said they are ready.
///
/// This is the window's state machine: `apply` is its only transition, driven by the couple's
/// events, and time comes only from the events' own moments (or an injected `now`), never a clock.
public struct TransparencyWindow: Sendable, Equatable, Codable {
    public enum Phase: String, Sendable, Equatable, Codable {
        /// Started by the asker; the partner has not joined or declined yet.
        case invited
        /// Both are in, every rating is 5 or below, and open time is counting.
        case open
        /// A rating went above 5: the clock stops for both until both are calm and ready.
        case paused
        case ended
    }

    /// How a window ended.
    public enum Ending: String, Sendable, Equatable, Codable, CaseIterable {
        /// Its open time was used up.
        case timeUp
        /// A participant ended it (no reason asked, ever).
        case left
        /// The partner said not now.
        case declined
        /// Nobody did anything for `abandonAfter` while it waited or was paused.
        case abandoned
    }

    /// A participant's reflection afterwards: private to its author unless they share it.
    public struct Reflection: Sendable, Equatable, Codable {
        public let text: String
        public let visibility: Visibility
    }

    public static let ratings = 0...10
    /// A rating above this pauses the window.
    public static let calmEnough = 5
    public static let defaultOpenSeconds = 600
    /// A window nobody touches while it waits or is paused ends by itself after this long.
    public static let abandonAfter: TimeInterval = 20 * 60
    public static let maximumQuestion = 500
    public static let maximumReflection = 2000

    public let id: WindowID
    public let asker: MemberID
    public let partner: MemberID
    /// The open time this window runs for, fixed when it starts.
    public let openSeconds: Int
    public let startedAt: Date
    /// The asker's question: theirs from the start, the partner's once the window opens.
    public internal(set) var question: String?
    public internal(set) var phase: Phase = .invited
    public internal(set) var ratings: [MemberID: Int] = [:]
    /// Who said "ready" during the current pause.
    public internal(set) var ready: Set<MemberID> = []
    public internal(set) var pauses = 0
    /// Open time counted before the current open stretch.
    public internal(set) var openBefore: TimeInterval = 0
    /// When the current open stretch began, while open.
    public internal(set) var openSince: Date?
    public internal(set) var lastStep: Date
    public internal(set) var ending: Ending?
    /// Who ended it, when a person did (left or declined).
    public internal(set) var endedBy: MemberID?
    public internal(set) var endedAt: Date?
    public internal(set) var reflections: [MemberID: Reflection] = [:]

    init(id: WindowID, asker: MemberID, partner: MemberID, openSeconds: Int, at time: Date) {
        self.id = id
        self.asker = asker
        self.partner = partner
        self.openSeconds = openSeconds
        startedAt = time
        lastStep = time
    }

    public var isLive: Bool { phase != .ended }
    /// It opened and is over: some open time was shared.
    public var wasHeld: Bool { phase == .ended && openBefore > 0 }
    public func isParticipant(_ member: MemberID) -> Bool { member == asker || member == partner }

    /// Open time used by `now`, never more than the window's length.
    public func openTime(at now: Date) -> TimeInterval {
        min(Double(openSeconds), openBefore + (openSince.map { max(0, now.timeIntervalSince($0)) } ?? 0))
    }

    /// The ending that time alone brings by `now`, if any: open time used up, or nobody there.
    public func dueEnding(at now: Date) -> Ending? {
        switch phase {
        case .open: openTime(at: now) >= Double(openSeconds) ? .timeUp : nil
        case .invited, .paused: now.timeIntervalSince(lastStep) >= Self.abandonAfter ? .abandoned : nil
        case .ended: nil
        }
    }

    /// The one transition: `event`, by `author` at `time`.
    mutating func apply(_ event: WindowEvent, by author: MemberID, at time: Date, visibility: Visibility) {
        let previousStep = lastStep
        lastStep = time
        switch event {
        case .started: break
        case .question(_, let text): question = text
        case .joined:
            phase = .open
            openSince = time
        case .declined: end(.declined, by: author, at: time)
        case .rated(_, let rating):
            ratings[author] = rating
            if rating > Self.calmEnough {
                ready.remove(author)
                if phase == .open { pause(at: time) }
            }
        case .ready:
            ready.insert(author)
            let calm = [asker, partner].allSatisfy { (ratings[$0] ?? 0) <= Self.calmEnough }
            if phase == .paused, calm, ready.isSuperset(of: [asker, partner]) {
                phase = .open
                openSince = time
                ready = []
            }
        case .ended(_, let ending):
            // Time's endings are recorded with the next step or reading; they happened earlier.
            let happened: Date? =
                switch ending {
                case .timeUp: openSince?.addingTimeInterval(Double(openSeconds) - openBefore)
                case .abandoned: previousStep.addingTimeInterval(Self.abandonAfter)
                case .left, .declined: nil
                }
            end(ending, by: author, at: min(time, happened ?? time))
        case .reflected(_, let text): reflections[author] = Reflection(text: text, visibility: visibility)
        }
    }

    private mutating func pause(at time: Date) {
        openBefore = openTime(at: time)
        openSince = nil
        phase = .paused
        pauses += 1
    }

    private mutating func end(_ how: Ending, by author: MemberID, at time: Date) {
        openBefore = how == .timeUp ? Double(openSeconds) : openTime(at: time)
        openSince = nil
        phase = .ended
        ending = how
        endedBy = how == .left || how == .declined ? author : nil
        endedAt = time
    }
}
