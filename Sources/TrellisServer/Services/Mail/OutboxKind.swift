import TrellisCore

/// Each kind of message Trellis sends, and its words. Every one is neutral: no name, no area, no
/// action, no count and no word anyone wrote, since a mail shows on a lock screen or a shared
/// tablet. The stored raw values are read back from the outbox: never change one.
enum OutboxKind: String, Sendable {
    /// The link of "forgot my password".
    case passwordReset

    /// Subject, plain text and the short HTML alternative; `link` is the one-time address, if any.
    func words(link: String?) -> (subject: String, text: String, html: String) {
        switch self {
        case .passwordReset:
            let link = link ?? ""
            return (
                "Your link to set a new password",
                """
                Someone asked to set a new password for your Trellis account.

                If it was you, open this link within a day to choose a new one. It works once, and it \
                logs out every device signed in as you:

                \(link)

                If it was not you, you can leave this: nothing has changed.
                """,
                """
                <p>Someone asked to set a new password for your Trellis account.</p>\
                <p>If it was you, open this link within a day to choose a new one. It works once, and it \
                logs out every device signed in as you:</p><p><a href="\(link)">Set a new password</a></p>\
                <p>If it was not you, you can leave this: nothing has changed.</p>
                """
            )
        }
    }

    /// Where the link points, for the secret the outbox keeps.
    func link(_ secret: String?, publicURL: String) -> String? {
        switch self {
        case .passwordReset: secret.map { "\(publicURL)/reset/\($0)" }
        }
    }
}
