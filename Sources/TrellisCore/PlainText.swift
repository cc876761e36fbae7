import TrellisLanguage

/// The rules every short text a person types must meet: trimmed, not empty, bounded, and free of
/// invisible characters (control codes, and format marks such as right-to-left overrides that
/// could make a name read differently on the partner's screen).
public enum PlainText {
    /// The trimmed text, or a sentence saying what is wrong with it.
    public static func check(_ raw: String, limit: Int) -> Result<String, Problem> {
        let text = raw.trimmingWhitespace()
        guard !text.isEmpty else { return .failure(.empty) }
        // Characters and bytes both: one character can hide thousands of combining marks.
        guard text.count <= limit, text.utf8.count <= limit * 8 else { return .failure(.tooLong(limit)) }
        let invisible = text.unicodeScalars.contains {
            [.control, .format].contains($0.properties.generalCategory) && $0 != "\n" && $0 != "\t"
        }
        guard !invisible else { return .failure(.invisibleCharacters) }
        return .success(text)
    }

    /// `check` for a name: one line, so no line break or tab either.
    public static func checkLine(_ raw: String, limit: Int) -> Result<String, Problem> {
        check(raw, limit: limit).flatMap { text in
            text.unicodeScalars.contains { $0 == "\n" || $0 == "\t" } ? .failure(.lineBreak) : .success(text)
        }
    }

    public enum Problem: Error, Equatable {
        case empty
        case tooLong(Int)
        case invisibleCharacters
        case lineBreak

        /// `what` names the thing, as in "An area's name" (itself said in the reader's language).
        public func sentence(_ what: String) -> String {
            switch self {
            case .empty: say("refusals.text.empty", ["what": what])
            case .tooLong(let limit): say("refusals.text.tooLong", ["what": what, "limit": String(limit)])
            case .invisibleCharacters: say("refusals.text.invisibleCharacters", ["what": what])
            case .lineBreak: say("refusals.text.lineBreak", ["what": what])
            }
        }
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
