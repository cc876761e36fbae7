import Foundation

/// One entry of a couple's log: what happened, who did it, when, and who may see it.
public struct CoupleEvent: Codable, Sendable, Equatable {
    /// Position in its stream, from 1, without gaps: the couple's shared stream, or (for a private
    /// event) its author's own stream.
    public let seq: Int64
    public let at: Date
    public let author: MemberID
    public let visibility: Visibility
    public let payload: EventPayload

    public init(seq: Int64, at: Date, author: MemberID, visibility: Visibility, payload: EventPayload) {
        self.seq = seq
        self.at = at
        self.author = author
        self.visibility = visibility
        self.payload = payload
    }
}

/// An event the core has decided on but the store has not yet numbered.
public struct PendingEvent: Sendable, Equatable {
    public let at: Date
    public let author: MemberID
    public let visibility: Visibility
    public let payload: EventPayload

    public init(at: Date, author: MemberID, visibility: Visibility, payload: EventPayload) {
        self.at = at
        self.author = author
        self.visibility = visibility
        self.payload = payload
    }

    public func numbered(_ seq: Int64) -> CoupleEvent {
        CoupleEvent(seq: seq, at: at, author: author, visibility: visibility, payload: payload)
    }
}
