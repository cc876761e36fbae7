import Foundation

/// "My integrity": what I committed to and whether I did it, and my own practices. It holds no
/// measure of how much my partner trusts me, and nothing of my partner's private entries.
public struct IntegrityView: Sendable, Equatable {
    public let today: Day
    /// Actions my partner asked of me that are agreed, with how I followed through.
    public let myActions: [RepairAction]
    /// My own entries, private and shared, newest first.
    public let myEntries: [PracticeEntry]
    /// What my partner chose to share with me (appreciations, journal entries, moments).
    public let sharedWithMe: [PracticeEntry]
    /// The days this month I wrote an evening entry.
    public let journalDaysThisMonth: [Day]
    public let hasJournalToday: Bool
    public let feedbackToMe: [Feedback]
    public let feedbackFromMe: [Feedback]
}

extension CoupleState {
    public func integrityView(for viewer: MemberID, today: Day) -> IntegrityView? {
        guard isMember(viewer) else { return nil }
        let mine = integrity.entries.filter { $0.author == viewer }
        let month = (today.components.year, today.components.month)
        return IntegrityView(
            today: today,
            myActions: repair.actions.filter { $0.doer == viewer && $0.isActive },
            myEntries: mine.reversed(),
            // Checked again here: a view stays private even if a state held more than its viewer may see.
            sharedWithMe: integrity.entries.filter { $0.author != viewer && $0.visibility == .shared }.reversed(),
            journalDaysThisMonth: mine.filter {
                $0.kind == .journal && ($0.day.components.year, $0.day.components.month) == month
            }.map(\.day).sorted(),
            hasJournalToday: integrity.journal(of: viewer, on: today) != nil,
            feedbackToMe: integrity.feedback.filter { $0.receiver == viewer }.reversed(),
            feedbackFromMe: integrity.feedback.filter { $0.giver == viewer }.reversed())
    }
}
