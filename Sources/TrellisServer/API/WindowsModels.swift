import Foundation
import TrellisCore
import TrellisStore

/// The JSON shapes of Transparency Windows, as documented in openapi.yaml. Each partner's own
/// side and the other's are named from the caller's point of view; the partner's reflection is
/// there only once shared, and the question only once the window has opened (or to its asker).
struct WindowsBody: Encodable, Equatable {
    let seq: Int64
    let live: WindowBody?
    /// Ended windows, the newest few, newest first.
    let past: [WindowBody]
    /// Pass as `earlier` for the windows before these; null at the oldest.
    let pastEarlier: String?

    init(_ state: CoupleState, for account: Account, at now: Date, earlier: ListCursor? = nil) {
        seq = state.seq
        live = state.windows.live.map { WindowBody($0, for: account.id, at: now) }
        let past = state.windows.past(for: account.id, before: earlier)
        self.past = past.items.map { WindowBody($0, for: account.id, at: now) }
        pastEarlier = past.earlier?.description
    }

    /// Absent values are written as null, as everywhere in the API.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(seq, forKey: .seq)
        try c.encode(live, forKey: .live)
        try c.encode(past, forKey: .past)
        try c.encode(pastEarlier, forKey: .pastEarlier)
    }

    private enum CodingKeys: String, CodingKey { case seq, live, past, pastEarlier }
}

struct WindowBody: Encodable, Equatable {
    struct Side: Encodable, Equatable {
        let rating: Int?
        let ready: Bool
        let reflection: String?
        let reflectionShared: Bool

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(rating, forKey: .rating)
            try c.encode(ready, forKey: .ready)
            try c.encode(reflection, forKey: .reflection)
            try c.encode(reflectionShared, forKey: .reflectionShared)
        }

        private enum CodingKeys: String, CodingKey { case rating, ready, reflection, reflectionShared }
    }

    let id: String
    let askedByMe: Bool
    let question: String?
    let phase: String
    let ending: String?
    let endedByMe: Bool?
    let openSeconds: Int
    /// Open time used so far, in whole seconds; the clock runs only while `phase` is open.
    let openTimeUsed: Int
    let pauses: Int
    let startedAt: Date
    let endedAt: Date?
    let me: Side
    let partner: Side

    init(_ window: TransparencyWindow, for viewer: MemberID, at now: Date) {
        id = window.id.description
        askedByMe = window.asker == viewer
        question = window.question
        phase = window.phase.rawValue
        ending = window.ending?.rawValue
        endedByMe = window.endedBy.map { $0 == viewer }
        openSeconds = window.openSeconds
        openTimeUsed = Int(window.openTime(at: now).rounded(.down))
        pauses = window.pauses
        startedAt = window.startedAt
        endedAt = window.endedAt
        let other = window.asker == viewer ? window.partner : window.asker
        me = Self.side(window, viewer)
        partner = Self.side(window, other)
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(askedByMe, forKey: .askedByMe)
        try c.encode(question, forKey: .question)
        try c.encode(phase, forKey: .phase)
        try c.encode(ending, forKey: .ending)
        try c.encode(endedByMe, forKey: .endedByMe)
        try c.encode(openSeconds, forKey: .openSeconds)
        try c.encode(openTimeUsed, forKey: .openTimeUsed)
        try c.encode(pauses, forKey: .pauses)
        try c.encode(startedAt, forKey: .startedAt)
        try c.encode(endedAt, forKey: .endedAt)
        try c.encode(me, forKey: .me)
        try c.encode(partner, forKey: .partner)
    }

    private enum CodingKeys: String, CodingKey {
        case id, askedByMe, question, phase, ending, endedByMe, openSeconds, openTimeUsed, pauses, startedAt, endedAt
        case me, partner
    }

    private static func side(_ window: TransparencyWindow, _ member: MemberID) -> Side {
        // A fold for one viewer holds the partner's reflection only once it is shared.
        let reflection = window.reflections[member]
        return Side(
            rating: window.ratings[member], ready: window.ready.contains(member), reflection: reflection?.text,
            reflectionShared: reflection?.visibility == .shared)
    }
}
