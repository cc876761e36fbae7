import Foundation

/// The most common passwords from breach corpora (see Resources/common-passwords.SOURCE.md),
/// read once, lowercased, for refusing a new password that every guesser tries first.
struct CommonPasswords: Sendable {
    private let words: Set<String>

    /// Read at start-up (`AccountService` touches it), so a missing file stops the server at once
    /// rather than at someone's first sign-up.
    static let list: CommonPasswords = {
        guard let url = Bundle.module.url(forResource: "common-passwords", withExtension: "txt"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { fatalError("Trellis is missing its resource common-passwords.txt; reinstall it.") }
        return CommonPasswords(words: Set(text.split(whereSeparator: \.isNewline).map(String.init)))
    }()

    var count: Int { words.count }

    /// Whether the password, or what is left of it once the digits and punctuation added at its
    /// end are taken off ("sunshine2024!" is "sunshine"), is on the list.
    func contains(_ password: String) -> Bool {
        let lowered = password.lowercased()
        if words.contains(lowered) { return true }
        let stem = String(lowered.reversed().drop { $0.isNumber || $0.isPunctuation || $0.isSymbol }.reversed())
        return !stem.isEmpty && words.contains(stem)
    }
}
