/// Free text people write in repair (hurts, answers, notes): trimmed, present, and bounded.
public enum RepairText {
    public static let maximumLength = 2000

    public static func validated(_ raw: String, field: String, limit: Int = maximumLength) throws(StepRefusal)
        -> String
    {
        switch PlainText.check(raw, limit: limit) {
        case .success(let text): return text
        case .failure(let problem): throw .invalid(field, problem.sentence("'\(field)'"))
        }
    }

    /// Optional text: empty means none.
    public static func optional(_ raw: String?, field: String) throws(StepRefusal) -> String? {
        guard let raw, !raw.trimmingWhitespace().isEmpty else { return nil }
        return try validated(raw, field: field)
    }
}
