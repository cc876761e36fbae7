import TrellisLanguage

/// A part of the couple's shared work a clinician may be shown. Private entries are never a part:
/// there is no scope that reaches them.
public enum HelpScope: String, CaseIterable, Codable, Sendable {
    /// Switches, hurts, questions, actions and ruptures being repaired together.
    case repair
    /// The rebuilding partner's shared practices: noticing, sliding doors, feedback.
    case integrity
    /// Expectations the couple agreed, and trust given away.
    case expectations
    /// What each partner chose to share after a Transparency Window.
    case windows

    public var title: String {
        switch self {
        case .repair: say("reach.part.repair")
        case .integrity: say("reach.part.integrity")
        case .expectations: say("reach.part.expectations")
        case .windows: say("reach.part.windows")
        }
    }

    /// Whether a shared event belongs to this part. Only shared events are ever asked about: a
    /// clinician's record is folded with no private stream in it.
    public func covers(_ payload: EventPayload) -> Bool {
        switch (self, payload) {
        case (.repair, .repair), (.repair, .rupture), (.integrity, .integrity), (.expectations, .expectation),
            (.expectations, .grant), (.windows, .window(.reflected)):
            true
        default: false
        }
    }

    /// The parts in their usual order, however they were chosen.
    public static func ordered(_ parts: Set<HelpScope>) -> [HelpScope] { allCases.filter(parts.contains) }
}
