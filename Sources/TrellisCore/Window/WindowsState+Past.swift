extension WindowsState {
    /// The name of its list in a `ListCursor`.
    public static let list = "past"

    /// The ended windows `viewer` took part in, the newest `ListLimit.pastWindows`, newest first;
    /// `earlier` pages back.
    public func past(for viewer: MemberID, before earlier: ListCursor? = nil) -> Recent<TransparencyWindow> {
        windows.recent(
            ListLimit.pastWindows, list: Self.list, before: earlier, where: { !$0.isLive && $0.isParticipant(viewer) })
    }
}
