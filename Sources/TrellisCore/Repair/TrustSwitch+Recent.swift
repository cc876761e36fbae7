extension TrustSwitch {
    /// The name of its history in a `ListCursor`: each member's switch in each area pages alone.
    public var historyList: String { "flips-\(area)-\(truster)" }

    /// The newest `ListLimit.flips` settings, newest first.
    public func recentHistory(before earlier: ListCursor? = nil) -> Recent<Flip> {
        history.recent(ListLimit.flips, list: historyList, before: earlier)
    }
}
