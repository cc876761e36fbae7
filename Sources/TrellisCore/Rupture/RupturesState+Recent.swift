extension RupturesState {
    /// The name of its list in a `ListCursor`.
    public static let list = "ruptures"

    /// Every open rupture (a rule keeps them few), newest first, then the newest
    /// `ListLimit.closedRuptures` repaired ones; `earlier` pages back through those.
    public func recent(before earlier: ListCursor? = nil) -> Recent<Rupture> {
        ruptures.openThenRecent(
            ListLimit.closedRuptures, list: Self.list, before: earlier, where: { _ in true }, isOpen: { !$0.isClosed })
    }
}
