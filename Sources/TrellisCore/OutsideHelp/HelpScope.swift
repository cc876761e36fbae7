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
        case .repair: "Repair work"
        case .integrity: "Integrity practices"
        case .expectations: "Expectations and grants of trust"
        case .windows: "Shared reflections from Transparency Windows"
        }
    }

    /// The parts in their usual order, however they were chosen.
    public static func ordered(_ parts: Set<HelpScope>) -> [HelpScope] { allCases.filter(parts.contains) }
}
