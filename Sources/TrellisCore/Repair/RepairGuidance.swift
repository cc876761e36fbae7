import TrellisLanguage

/// The words the product offers at the moments repair can turn into punishment.
public enum RepairGuidance {
    /// Shown before the asker responds to a miss or to a report that did not match.
    public static var reminder: String { say("repair.guidance.reminder") }
    /// A calm opening for responding to an honestly reported miss.
    public static var missTemplate: String { say("repair.guidance.missTemplate") }
    /// A calm opening for a report that did not match what the asker experienced.
    public static var mismatchTemplate: String { say("repair.guidance.mismatchTemplate") }
}
