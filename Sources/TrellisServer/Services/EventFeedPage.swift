import TrellisCore

/// A place in the event feed: the last shared and own-private sequence numbers already read.
struct EventCursor: Sendable, Equatable {
    let shared: Int64
    let `private`: Int64
}

/// One page of the events a member may see, in time order. The feed is paged so one answer
/// stays small however long a couple's history grows; `next` is where the following page
/// starts, nil on the last page.
struct EventFeedPage: Sendable {
    static let defaultLimit = 200
    static let maximumLimit = 1_000

    /// Where the shared stream stands (the `expectedSeq` for a write).
    let sharedSeq: Int64
    /// Where the member's own private stream stands.
    let privateSeq: Int64
    let events: [CoupleEvent]
    let next: EventCursor?
}
