import TrellisLanguage

/// What a new password must be. Length is what makes a password strong, so the rule is at least
/// 12 characters (ASVS 4.0.3 2.1.1; we chose length over a strength estimate because a length is
/// something a person can be told plainly), any characters at all up to 256 (every password is
/// pre-hashed, so bcrypt's 72-byte limit never cuts one), and none that a guesser tries first.
enum PasswordPolicy {
    static let minimumLength = 12
    static let maximumLength = 256
    /// 256 characters of four bytes each; beyond it a request is not a password.
    static let maximumBytes = 1_024

    /// The password, or a refusal naming `field` (the form's or request's name for it).
    static func check(_ password: String, field: String = "password") throws(TrellisError) -> String {
        guard password.count >= minimumLength else {
            throw .invalid(field, say("refusals.password.tooShort", ["minimum": String(minimumLength)]))
        }
        guard password.count <= maximumLength, password.utf8.count <= maximumBytes else {
            throw .invalid(field, say("refusals.password.tooLong", ["maximum": String(maximumLength)]))
        }
        guard !isRepetitive(password) else {
            throw .invalid(field, say("refusals.password.repetitive"))
        }
        guard !CommonPasswords.list.contains(password) else {
            throw .invalid(field, say("refusals.password.common"))
        }
        return password
    }

    /// Few different characters ("aaaaaaaaaaaa"), one piece said again ("passwordpassword"), or a
    /// straight run along the alphabet, the digits or a keyboard row ("abcdefghijkl", "qwertyuiopas").
    static func isRepetitive(_ password: String) -> Bool {
        let characters = Array(password.lowercased())
        if Set(characters).count < 4 { return true }
        let repeatsAPiece = (1...characters.count / 2).contains { length in
            characters.indices.allSatisfy { characters[$0] == characters[$0 % length] }
        }
        if repeatsAPiece { return true }
        let text = String(characters)
        return walks.contains { $0.contains(text) || String($0.reversed()).contains(text) }
    }

    private static let walks = [
        "abcdefghijklmnopqrstuvwxyz", "01234567890123456789", "qwertyuiopasdfghjklzxcvbnm",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "qazwsxedcrfvtgbyhnujmikolp",
    ]
}
