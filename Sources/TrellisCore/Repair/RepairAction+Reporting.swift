import Foundation
import TrellisLanguage

/// Whether a day of an action can take a report or a "saw it happen": the one rule the core
/// decides by and the pages ask before offering the button.
extension RepairAction {
    /// `early`: a one-off action may be reported done before its due day; a miss, or noticing,
    /// only once the day has come.
    public func checkReportable(_ day: Day, today: Day, early: Bool) throws(StepRefusal) {
        guard isActive, let since = activeSince else {
            throw .conflict("action_not_active", say("repair.refusal.actionNotActive"))
        }
        guard cadence.accepts(day) else {
            throw .invalid("day", say("repair.refusal.notDue", ["day": day.spoken, "when": cadence.summary]))
        }
        // A one-off action is reported against its due day, and may be done before it.
        let isOnce = if case .once = cadence { true } else { false }
        guard day <= today || (isOnce && early) else {
            throw .invalid("day", say("repair.refusal.dayAhead", ["day": day.spoken]))
        }
        guard day >= since || isOnce else {
            throw .invalid("day", say("repair.refusal.notAgreedYet", ["day": day.spoken]))
        }
        guard today.daysSinceEpoch - day.daysSinceEpoch <= RepairState.reportWindowDays else {
            throw .conflict(
                "report_window_closed", say("repair.refusal.reportWindowClosed", count: RepairState.reportWindowDays))
        }
    }

    public func isReportable(_ day: Day, today: Day, early: Bool) -> Bool {
        (try? checkReportable(day, today: today, early: early)) != nil
    }

    /// Whether the doer's report of `day` can still be taken back: only a few minutes after it was
    /// made, and only while the asker has not answered it (what they relied on stands).
    public func checkWithdrawable(_ day: Day, now: Date) throws(StepRefusal) {
        guard let occurrence = occurrences[day], occurrence.outcome != nil, let reportedAt = occurrence.reportedAt
        else { throw .conflict("not_reported", say("repair.refusal.noReportToTakeBack", ["day": day.spoken])) }
        guard occurrence.acknowledged == nil, occurrence.notes.isEmpty else {
            throw .conflict(
                "report_answered", say("repair.refusal.reportAnswered"))
        }
        guard now.timeIntervalSince(reportedAt) <= RepairState.withdrawWindow else {
            throw .conflict(
                "withdraw_window_closed",
                say("repair.refusal.withdrawWindowClosed", count: Int(RepairState.withdrawWindow / 60)))
        }
    }

    public func isWithdrawable(_ day: Day, now: Date) -> Bool {
        (try? checkWithdrawable(day, now: now)) != nil
    }
}
