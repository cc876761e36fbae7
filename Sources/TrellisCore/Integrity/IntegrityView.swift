import Foundation

/// "My integrity": what I committed to and whether I did it, and my own practices. It holds no
/// measure of how much my partner trusts me, and nothing of my partner's private entries.
public struct IntegrityView: Sendable, Equatable {
    public let today: Day
    /// Actions my partner asked of me that are agreed, with how I followed through.
    public let myActions: [RepairAction]
    /// My own entries, private and shared, newest first: of the newest `ListLimit.entries` I can
    /// read (mine and my partner's shared ones together), the ones I wrote.
    public let myEntries: [PracticeEntry]
    /// What my partner chose to share with me (appreciations, journal entries, moments), of the same
    /// newest entries.
    public let sharedWithMe: [PracticeEntry]
    /// Where the entries go on, or nil when these reach the oldest.
    public let earlierEntries: ListCursor?
    /// When entries go on: the oldest day shown, to pass as `before` for the days before it (how
    /// API clients paged before the cursor; entries of that same day are reached by the cursor).
    public let olderBefore: Day?
    /// The days this month I wrote an evening entry.
    public let journalDaysThisMonth: [Day]
    /// Tonight's entry, shown or not among the newest.
    public let journalToday: PracticeEntry?
    public var hasJournalToday: Bool { journalToday != nil }
    /// Feedback I received and have not named back yet (any of it, shown or not): mine waits.
    public let awaitsMyReflection: Bool
    /// The newest `ListLimit.feedback` feedback each way, and where each goes on.
    public let feedbackToMe: Recent<Feedback>
    public let feedbackFromMe: Recent<Feedback>
}

extension IntegrityView {
    /// The names of its lists in a `ListCursor`.
    public enum List {
        public static let entries = "entries"
        public static let feedbackToMe = "feedbackToMe"
        public static let feedbackFromMe = "feedbackFromMe"
    }
}

extension CoupleState {
    /// The member's view: the newest entries and feedback (before `before`, a day, when given),
    /// and the earlier ones of one list when `earlier` names it.
    public func integrityView(for viewer: MemberID, today: Day, before: Day? = nil, earlier: ListCursor? = nil)
        -> IntegrityView?
    {
        guard isMember(viewer) else { return nil }
        // Checked again here: a view stays private even if a state held more than its viewer may see.
        let readable = { (entry: PracticeEntry) in entry.author == viewer || entry.visibility == .shared }
        let entries = integrity.entries.recent(
            ListLimit.entries, list: IntegrityView.List.entries, before: earlier,
            where: { entry in readable(entry) && before.map { entry.day < $0 } ?? true })
        let oldestShown = entries.items.last?.day
        let month = (today.components.year, today.components.month)
        return IntegrityView(
            today: today,
            myActions: repair.actions.filter { $0.doer == viewer && $0.isActive },
            myEntries: entries.items.filter { $0.author == viewer },
            sharedWithMe: entries.items.filter { $0.author != viewer },
            earlierEntries: entries.earlier,
            olderBefore: entries.earlier == nil ? nil : oldestShown,
            journalDaysThisMonth: integrity.entries.filter {
                $0.author == viewer && $0.kind == .journal
                    && ($0.day.components.year, $0.day.components.month) == month
            }.map(\.day).sorted(),
            journalToday: integrity.journal(of: viewer, on: today),
            awaitsMyReflection: integrity.awaitsReflection(by: viewer),
            feedbackToMe: integrity.feedback.recent(
                ListLimit.feedback, list: IntegrityView.List.feedbackToMe, before: earlier,
                where: { $0.receiver == viewer }),
            feedbackFromMe: integrity.feedback.recent(
                ListLimit.feedback, list: IntegrityView.List.feedbackFromMe, before: earlier,
                where: { $0.giver == viewer }))
    }
}
