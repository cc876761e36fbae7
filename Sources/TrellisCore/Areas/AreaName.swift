/// The rules for an area's name: short, printable, and distinct within the couple's active areas.
public enum AreaName {
    public static let maximumLength = 40

    /// The name as it will be stored (trimmed), or the rule it breaks.
    public static func validated(_ raw: String) throws(CoupleRuleError) -> String {
        let name = raw.trimmingWhitespace()
        guard !name.isEmpty else { throw .invalidAreaName("An area needs a name.") }
        guard name.count <= maximumLength else {
            throw .invalidAreaName("An area's name can be at most \(maximumLength) characters.")
        }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalidAreaName("An area's name cannot contain control characters.")
        }
        return name
    }

    /// Names compare without regard to case, so "Money" and "money" are one area.
    static func sameName(_ a: String, _ b: String) -> Bool {
        a.lowercased() == b.lowercased()
    }
}

extension String {
    /// The text without leading or trailing white space (including newlines).
    public func trimmingWhitespace() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
