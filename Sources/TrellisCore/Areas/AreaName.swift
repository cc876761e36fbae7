import TrellisLanguage

/// The rules for an area's name: short, printable, and distinct within the couple's active areas.
public enum AreaName {
    public static let maximumLength = 40

    /// The name as it will be stored (trimmed), or the rule it breaks.
    public static func validated(_ raw: String) throws(CoupleRuleError) -> String {
        switch PlainText.checkLine(raw, limit: maximumLength) {
        case .success(let name): return name
        case .failure(let problem): throw .invalidAreaName(problem.sentence(say("refusals.areaName.label")))
        }
    }

    /// Names compare without regard to case, so "Money" and "money" are one area.
    static func sameName(_ a: String, _ b: String) -> Bool {
        a.lowercased() == b.lowercased()
    }
}
