import TrellisLanguage

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
        case .emotionallyFocused: say("reach.approach.emotionallyFocused")
        case .gottman: say("reach.approach.gottman")
        case .cognitiveBehavioural: say("reach.approach.cognitiveBehavioural")
        case .integrativeBehavioural: say("reach.approach.integrativeBehavioural")
        case .discernment: say("reach.approach.discernment")
        case .addictionInformed: say("reach.approach.addictionInformed")
        case .affairRecovery: say("reach.approach.affairRecovery")
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
        case .affair: say("reach.situation.affair")
        case .relapse: say("reach.situation.relapse")
        case .moneySecrets: say("reach.situation.moneySecrets")
        case .conflictCycles: say("reach.situation.conflictCycles")
        case .earlierWounds: say("reach.situation.earlierWounds")
        }
    }
}
