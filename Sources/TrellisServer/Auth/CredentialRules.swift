import TrellisCore

/// What an account's email, password and name must look like; each failure names its field.
enum CredentialRules {
    static let minimumPasswordLength = 10
    /// bcrypt reads only the first 72 bytes; longer passwords would be silently cut, so they are refused.
    static let maximumPasswordLength = 72
    static let maximumNameLength = 60
    static let maximumEmailLength = 254

    /// Emails are compared trimmed and lowercased, so "Sam@Example.org " finds sam@example.org.
    static func email(_ raw: String) throws(TrellisError) -> String {
        let email = raw.trimmingWhitespace().lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard email.count <= maximumEmailLength, parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
            !parts[1].hasPrefix("."), !parts[1].hasSuffix("."), !email.contains(where: \.isWhitespace)
        else { throw .invalid("email", "Enter an email address like name@example.org.") }
        return email
    }

    static func password(_ password: String) throws(TrellisError) -> String {
        guard password.count >= minimumPasswordLength else {
            throw .invalid("password", "Choose a password of at least \(minimumPasswordLength) characters.")
        }
        guard password.utf8.count <= maximumPasswordLength else {
            throw .invalid("password", "A password can be at most \(maximumPasswordLength) bytes long.")
        }
        return password
    }

    static func name(_ raw: String) throws(TrellisError) -> String {
        let name = raw.trimmingWhitespace()
        guard !name.isEmpty else { throw .invalid("name", "Tell us the name your partner knows you by.") }
        guard name.count <= maximumNameLength else {
            throw .invalid("name", "A name can be at most \(maximumNameLength) characters.")
        }
        guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            throw .invalid("name", "A name cannot contain control characters.")
        }
        return name
    }
}
