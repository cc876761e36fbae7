/// What a member asks of their couple's record. The core decides it into events or a refusal.
public enum CoupleCommand: Sendable, Equatable {
    /// Open a new couple's record, with the founder as its first member and the default areas.
    case start(founderName: String)
    /// Join as the second partner (the invite has already been checked by whoever holds it).
    case join(name: String)
    case leave
    /// Says that the actor's password was reset; only the server records it, after a reset.
    case passwordReset
    /// The member changed the name they go by (already checked, like the name they joined with).
    case rename(name: String)
    case addArea(name: String)
    case renameArea(AreaID, name: String)
    case archiveArea(AreaID)
    case restoreArea(AreaID)
    /// A repair step; `today` is the actor's own day in their time zone.
    case repair(RepairCommand, today: Day)
    /// A practice step; `today` is the actor's own day in their time zone.
    case integrity(IntegrityCommand, today: Day)
    /// A step in building trust on purpose.
    case fears(FearCommand)
    /// A step in giving trust away; `today` is the actor's own day.
    case grant(GrantCommand, today: Day)
    /// A step in aligning expectations; `today` is the actor's own day.
    case expectation(ExpectationCommand, today: Day)
    /// A step of a Transparency Window.
    case window(WindowCommand)
    /// A check-in on the signs or an urge to check; `today` is the actor's own day.
    case outOfReach(OutOfReachCommand, today: Day)
    /// A step of rupture and repair.
    case rupture(RuptureCommand)
    /// A step with safe behaviours; `today` is the actor's own day.
    case safeBehaviour(SafeBehaviourCommand, today: Day)
    /// Outside help: asking a clinician in, consenting, withdrawing.
    case help(HelpCommand, today: Day)
    /// A step with hard dates; `today` is the actor's own day.
    case hardDate(HardDateCommand, today: Day)
    /// A step of the weekly check-in; `today` is the actor's own day.
    case talk(TalkCommand, today: Day)
    /// Let my partner see my local time in this time zone, or no longer (nil).
    case shareClock(timeZone: String?)
    /// A then-and-now step; `today` is the actor's own day.
    case thenAndNow(ThenAndNowCommand, today: Day)
    /// A clinician's step: never a member's, and only with both partners' consent.
    case clinician(ClinicianCommand, today: Day)
}
