import Foundation

/// Whether a day of an action can take a report or a "saw it happen": the one rule the core
/// decides by and the pages ask before offering the button.
extension RepairAction {
    /// `early`: a one-off action may be reported done before its due day; a miss, or noticing,
    /// only once the day has come.
    public func checkReportable(_ day: Day, today: Day, early: Bool) throws(StepRefusal) {
        guard isActive, let since = activeSince else {
            throw .conflict("action_not_active", "Only an accepted action that is not retired can be reported on.")
        }
        guard cadence.accepts(day) else {
            throw .invalid("day", "This action is not due on \(day.spoken) (\(cadence.summary)).")
        }
        // A one-off action is reported against its due day, and may be done before it.
        let isOnce = if case .once = cadence { true } else { false }
        guard day <= today || (isOnce && early) else {
            throw .invalid("day", "\(day.spoken) has not happened yet.")
        }
        guard day >= since || isOnce else {
            throw .invalid("day", "The action was not agreed yet on \(day.spoken).")
        }
        guard today.daysSinceEpoch - day.daysSinceEpoch <= RepairState.reportWindowDays else {
            throw .conflict(
                "report_window_closed", "Reports can be made up to \(RepairState.reportWindowDays) days later.")
        }
    }

    public func isReportable(_ day: Day, today: Day, early: Bool) -> Bool {
        (try? checkReportable(day, today: today, early: early)) != nil
    }

    /// Whether the doer's report of `day` can still be taken back: only a few minutes after it was
    /// made, and only while the asker has not answered it (what they relied on stands).
    public func checkWithdrawable(_ day: Day, now: Date) throws(StepRefusal) {
        guard let occurrence = occurrences[day], occurrence.outcome != nil, let reportedAt = occurrence.reportedAt
        else { throw .conflict("not_reported", "There is no report of \(day) to take back.") }
        guard occurrence.acknowledged == nil, occurrence.notes.isEmpty else {
            throw .conflict(
                "report_answered", "Your partner has already answered this report, so it stays. You can add a note.")
        }
        guard now.timeIntervalSince(reportedAt) <= RepairState.withdrawWindow else {
            throw .conflict(
                "withdraw_window_closed",
                "A report can be taken back only in its first \(Int(RepairState.withdrawWindow / 60)) minutes.")
        }
    }

    public func isWithdrawable(_ day: Day, now: Date) -> Bool {
        (try? checkWithdrawable(day, now: now)) != nil
    }
}
