/// The words the product offers at the moments repair can turn into punishment.
public enum RepairGuidance {
    /// Shown before the asker responds to a miss or to a report that did not match.
    public static let reminder =
        "Repair is for making it safe again for both of you, not for making your partner hurt the same way."
    /// A calm opening for responding to an honestly reported miss.
    public static let missTemplate =
        "I saw this one was missed. Thank you for telling me honestly. Can we talk about what got in the way?"
    /// A calm opening for a report that did not match what the asker experienced.
    public static let mismatchTemplate = "This didn't match what I experienced. Can we look at it together?"
}
