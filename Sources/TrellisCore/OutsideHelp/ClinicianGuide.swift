import TrellisLanguage

/// Which approaches tend to fit which situation, and why, in our own words. A guide for choosing
/// whom to ask, not advice about a couple: any good clinician will say what they can help with.
public enum ClinicianGuide {
    public struct Fit: Sendable, Equatable {
        public let approach: Approach
        public let why: String
    }

    public static func fits(for situation: Situation) -> [Fit] {
        switch situation {
        case .affair:
            [
                Fit(
                    approach: .affairRecovery,
                    why: say("reach.guide.affair.affairRecovery")),
                Fit(approach: .emotionallyFocused, why: say("reach.guide.affair.emotionallyFocused")),
                Fit(
                    approach: .discernment, why: say("reach.guide.affair.discernment")),
            ]
        case .relapse:
            [
                Fit(approach: .addictionInformed, why: say("reach.guide.relapse.addictionInformed")),
                Fit(
                    approach: .cognitiveBehavioural, why: say("reach.guide.relapse.cognitiveBehavioural")),
            ]
        case .moneySecrets:
            [
                Fit(
                    approach: .cognitiveBehavioural, why: say("reach.guide.moneySecrets.cognitiveBehavioural")),
                Fit(approach: .gottman, why: say("reach.guide.moneySecrets.gottman")),
            ]
        case .conflictCycles:
            [
                Fit(approach: .gottman, why: say("reach.guide.conflictCycles.gottman")),
                Fit(approach: .emotionallyFocused, why: say("reach.guide.conflictCycles.emotionallyFocused")),
                Fit(approach: .integrativeBehavioural, why: say("reach.guide.conflictCycles.integrativeBehavioural")),
            ]
        case .earlierWounds:
            [
                Fit(approach: .emotionallyFocused, why: say("reach.guide.earlierWounds.emotionallyFocused")),
                Fit(
                    approach: .integrativeBehavioural,
                    why: say("reach.guide.earlierWounds.integrativeBehavioural")),
            ]
        }
    }
}
