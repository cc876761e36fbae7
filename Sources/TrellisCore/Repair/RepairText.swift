/// Free text people write (hurts, answers, notes): trimmed, present, and bounded. A refusal names
/// the text as the form's label does ("What happened cannot be empty."), never by its field name,
/// which the API keeps apart in `field`.
public enum RepairText {
    public static let maximumLength = 2000

    public static func validated(_ raw: String, field: String, as label: String, limit: Int = maximumLength)
        throws(StepRefusal) -> String
    {
        switch PlainText.check(raw, limit: limit) {
        case .success(let text): return text
        case .failure(let problem): throw .invalid(field, problem.sentence(label))
        }
    }

    /// Optional text: empty means none.
    public static func optional(_ raw: String?, field: String, as label: String, limit: Int = maximumLength)
        throws(StepRefusal) -> String?
    {
        guard let raw, !raw.trimmingWhitespace().isEmpty else { return nil }
        return try validated(raw, field: field, as: label, limit: limit)
    }
}
