/// The words of the rebuilding partner's practices.
public enum IntegrityGuidance {
    public static let reflectionPrompt =
        "Where am I asking for trust, instead of noticing where safety is already building?"
    public static let eveningPrompt =
        "Tonight: one moment today when you showed up without expecting a particular reaction."
    public static let feedbackSteps = "Pause. Find one true thing in it. Name it back, even if the delivery hurt."
}
