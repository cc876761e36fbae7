/// A way of working with couples that a clinician practises. Names are stored and pinned.
public enum Approach: String, CaseIterable, Codable, Sendable {
    case emotionallyFocused
    case gottman
    case cognitiveBehavioural
    case integrativeBehavioural
    case discernment
    case addictionInformed
    case affairRecovery

    public var title: String {
        switch self {
        case .emotionallyFocused: "Emotionally focused couples therapy"
        case .gottman: "Gottman method"
        case .cognitiveBehavioural: "Cognitive-behavioural couple therapy"
        case .integrativeBehavioural: "Integrative behavioural couple therapy"
        case .discernment: "Discernment counselling"
        case .addictionInformed: "Addiction-informed couples work"
        case .affairRecovery: "Affair recovery"
        }
    }
}

/// What brings a couple to look for help: the kinds of break the guide speaks to.
public enum Situation: String, CaseIterable, Codable, Sendable {
    case affair
    case relapse
    case moneySecrets
    case conflictCycles
    case earlierWounds

    public var title: String {
        switch self {
        case .affair: "An affair"
        case .relapse: "A relapse"
        case .moneySecrets: "Money kept secret"
        case .conflictCycles: "The same fight, again and again"
        case .earlierWounds: "Trust hurt before this relationship"
        }
    }
}
