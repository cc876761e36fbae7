import TrellisCore
import TrellisLanguage

/// What an account's email and name must look like (passwords: `PasswordPolicy`); each failure names its field.
enum CredentialRules {
    static let maximumNameLength = 60
    static let maximumEmailLength = 254

    /// Emails are compared trimmed and lowercased, so "Sam@Example.org " finds sam@example.org.
    static func normalisedEmail(_ raw: String) -> String { raw.trimmingWhitespace().lowercased() }

    static func email(_ raw: String) throws(TrellisError) -> String {
        let email = normalisedEmail(raw)
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= maximumEmailLength, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !email.contains(where: \.isWhitespace)
        else { throw .invalid("email", say("refusals.email.invalid")) }
        return email
    }

    static func name(_ raw: String) throws(TrellisError) -> String {
        switch PlainText.checkLine(raw, limit: maximumNameLength) {
        case .success(let name): return name
        case .failure(.empty): throw .invalid("name", say("refusals.name.empty"))
        case .failure(let problem): throw .invalid("name", problem.sentence(say("refusals.name.label")))
        }
    }
}
