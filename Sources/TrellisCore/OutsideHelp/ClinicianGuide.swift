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
                    why: "works through disclosure, the questions, and rebuilding, step by step"),
                Fit(approach: .emotionallyFocused, why: "helps the hurt partner be heard and the bond feel safe again"),
                Fit(
                    approach: .discernment, why: "helps when one of you is not sure yet whether to stay and work on it"),
            ]
        case .relapse:
            [
                Fit(approach: .addictionInformed, why: "knows recovery and relapse, and holds both partners' needs"),
                Fit(
                    approach: .cognitiveBehavioural, why: "builds concrete agreements and habits you can both see kept"),
            ]
        case .moneySecrets:
            [
                Fit(
                    approach: .cognitiveBehavioural, why: "turns openness about money into clear, checkable agreements"),
                Fit(approach: .gottman, why: "works on honesty and shared meaning around money and plans"),
            ]
        case .conflictCycles:
            [
                Fit(approach: .gottman, why: "maps how your arguments start and escalate, and how to repair them"),
                Fit(approach: .emotionallyFocused, why: "finds the fears under the fight that keep it going"),
                Fit(approach: .integrativeBehavioural, why: "helps you accept differences and change what can change"),
            ]
        case .earlierWounds:
            [
                Fit(approach: .emotionallyFocused, why: "works with old hurts that make trusting now feel unsafe"),
                Fit(
                    approach: .integrativeBehavioural,
                    why: "separates what your partner does from what it reminds you of"),
            ]
        }
    }
}
