extension SafeBehaviour {
    /// The name of its moments in a `ListCursor`: each behaviour's moments page on their own.
    public var momentsList: String { "moments-\(id)" }

    /// The newest `ListLimit.moments` times it happened, newest first.
    public func recentMoments(before earlier: ListCursor? = nil) -> Recent<Moment> {
        moments.recent(ListLimit.moments, list: momentsList, before: earlier)
    }
}

extension Expectation {
    /// The name of its disclosures in a `ListCursor`: each promise's disclosures page on their own.
    public var disclosuresList: String { "disclosures-\(id)" }

    /// The newest `ListLimit.disclosures` things told against it, newest first.
    public func recentDisclosures(before earlier: ListCursor? = nil) -> Recent<Disclosure> {
        disclosures.recent(ListLimit.disclosures, list: disclosuresList, before: earlier)
    }
}
