import Foundation

/// One moment on the couple's timeline: a step that marks the way, not every step. Shared
/// moments are on both partners' timelines; a private one only on its author's (a fold for one
/// viewer holds only their own private events).
public struct Moment: Sendable, Equatable, Codable {
    /// Raw values are kept in snapshots and named in the API.
    public enum Kind: String, Sendable, Equatable, Codable, CaseIterable {
        /// A switch of trust turned on, or off, by its truster.
        case trustOn, trustOff
        /// What hurt, written down (for oneself, or shared).
        case hurtWritten
        /// A Transparency Window held to its end.
        case windowHeld
        /// A rupture both now say feels repaired.
        case ruptureRepaired
        /// Trust given and honoured.
        case trustHonoured
        /// Words both agreed to hold to.
        case wordsAgreed
    }

    public let kind: Kind
    public let at: Date
    public let author: MemberID
    public let area: AreaID?
    public let visibility: Visibility
}

/// The newest moments, oldest first: enough for years of milestones, bounded whatever is written.
public struct TimelineState: Sendable, Equatable, Codable {
    public static let kept = 240

    public internal(set) var moments: [Moment] = []

    public init() {}

    mutating func record(_ moment: Moment) {
        moments.append(moment)
        if moments.count > Self.kept { moments.removeFirst(moments.count - Self.kept) }
    }
}

extension CoupleState {
    /// The moment an event makes, read against the state before it (which knows whether a
    /// "feels repaired" closes the rupture, and what area a grant is in).
    func moment(of event: CoupleEvent) -> Moment? {
        func moment(_ kind: Moment.Kind, _ area: AreaID?) -> Moment {
            Moment(kind: kind, at: event.at, author: event.author, area: area, visibility: event.visibility)
        }
        switch event.payload {
        case .repair(.switchSet(let area, let on)): return moment(on ? .trustOn : .trustOff, area)
        case .repair(.hurtRecorded(_, let area, _, _)): return moment(.hurtWritten, area)
        case .window(.ended(_, let ending)) where ending == .timeUp || ending == .left: return moment(.windowHeld, nil)
        case .rupture(.feelsRepaired(let id, true)):
            guard let rupture = ruptures.rupture(id), rupture.repairedFor.contains(where: { $0 != event.author })
            else { return nil }
            return moment(.ruptureRepaired, rupture.area)
        case .grant(.reviewed(let id, true, _)): return moment(.trustHonoured, grants.grant(id)?.area)
        case .expectation(.agreed(let id, _)): return moment(.wordsAgreed, expectations.expectation(id)?.area)
        default: return nil
        }
    }
}
