import Foundation

/// "My integrity": what I committed to and whether I did it, and my own practices. It holds no
/// measure of how much my partner trusts me, and nothing of my partner's private entries.
public struct IntegrityView: Sendable, Equatable {
    public let today: Day
    /// Actions my partner asked of me that are agreed, with how I followed through.
    public let myActions: [RepairAction]
    /// My own entries, private and shared, newest first, within the window.
    public let myEntries: [PracticeEntry]
    /// What my partner chose to share with me (appreciations, journal entries, moments), within
    /// the window.
    public let sharedWithMe: [PracticeEntry]
    /// Where to look for older entries (the `before` of the next window back), or nil when the
    /// window holds the oldest.
    public let olderBefore: Day?
    /// The days this month I wrote an evening entry.
    public let journalDaysThisMonth: [Day]
    public let hasJournalToday: Bool
    public let feedbackToMe: [Feedback]
    public let feedbackFromMe: [Feedback]
}

extension IntegrityView {
    /// How many days of entries one view holds: what a person sees, and what a request costs, stays
    /// the same however long the couple has used Trellis. Older entries come a window at a time.
    public static let windowDays = 56
}

extension CoupleState {
    /// The member's view, with the entries of the `IntegrityView.windowDays` days before `before`
    /// (by default, up to and including today).
    public func integrityView(for viewer: MemberID, today: Day, before: Day? = nil) -> IntegrityView? {
        guard isMember(viewer) else { return nil }
        let mine = integrity.entries.filter { $0.author == viewer }
        // Checked again here: a view stays private even if a state held more than its viewer may see.
        let shared = integrity.entries.filter { $0.author != viewer && $0.visibility == .shared }
        let end = before ?? today.adding(days: 1)
        let start = end.adding(days: -IntegrityView.windowDays)
        let inWindow = { (entry: PracticeEntry) in entry.day >= start && entry.day < end }
        let month = (today.components.year, today.components.month)
        return IntegrityView(
            today: today,
            myActions: repair.actions.filter { $0.doer == viewer && $0.isActive },
            myEntries: mine.filter(inWindow).reversed(),
            sharedWithMe: shared.filter(inWindow).reversed(),
            olderBefore: (mine + shared).contains { $0.day < start } ? start : nil,
            journalDaysThisMonth: mine.filter {
                $0.kind == .journal && ($0.day.components.year, $0.day.components.month) == month
            }.map(\.day).sorted(),
            hasJournalToday: integrity.journal(of: viewer, on: today) != nil,
            feedbackToMe: integrity.feedback.filter { $0.receiver == viewer }.reversed(),
            feedbackFromMe: integrity.feedback.filter { $0.giver == viewer }.reversed())
    }
}
