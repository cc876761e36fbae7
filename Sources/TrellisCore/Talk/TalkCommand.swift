import Foundation

/// A step of the weekly check-in, on the actor's own day (`today` comes with the couple command).
public enum TalkCommand: Sendable, Equatable {
    /// Propose a day and a time ("HH:MM") for the weekly check-in, in place of any before.
    case propose(weekday: Weekday, time: String)
    /// Agree to the day and time the partner proposed.
    case agree
    /// Stop the weekly check-in, for both.
    case stop
    /// Write my turn for this week. `partnerTurn` is the partner's turn as their own record holds
    /// it, filled in by whoever can read it (the core sees one member's record at a time) when
    /// theirs is ready: then both open in this one append.
    case writeTurn(parts: [Turn.Part: String], partnerTurn: [Turn.Part: String]?)
    /// Say back to the partner's open turn of `week`: "I heard you", or thanks. Nothing else.
    case answer(week: Day, answer: Turn.Answer)
}
