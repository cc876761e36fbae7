import TrellisLanguage

/// The words of the rebuilding partner's practices.
public enum IntegrityGuidance {
    public static var reflectionPrompt: String { say("trust.guidance.reflectionPrompt") }
    public static var eveningPrompt: String { say("trust.guidance.eveningPrompt") }
    public static var feedbackSteps: String { say("trust.guidance.feedbackSteps") }
}
