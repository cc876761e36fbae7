import TrellisCore

/// Each kind of message Trellis sends, and its words. Every one is neutral: no name, no area, no
/// action, no count and no word anyone wrote, since a mail shows on a lock screen or a shared
/// tablet. The stored raw values are read back from the outbox: never change one.
enum OutboxKind: String, Sendable {
    /// The link of "forgot my password".
    case passwordReset
    /// The link proving a new (or changed) address.
    case verifyEmail
    /// To an address's owner: someone signed up with it.
    case signUpAttempt
    /// To the old address after a change; the secret is that old address.
    case emailChanged
    /// A link that makes the device it is opened on a known one for the account (`DeviceLinks`),
    /// when someone else's guesses have paused log-ins from new devices.
    case deviceLink
    /// Nudges (`NudgePreferences.Kind`, the same raw values): the partner's step waits for the
    /// member, or a window was opened for them. Both say only that something is waiting.
    case partnerWaiting, windowOpened, commitmentsToday, weeklyDigest

    /// The member's nudge choice this is, if it is a nudge.
    var nudge: NudgePreferences.Kind? { NudgePreferences.Kind(rawValue: rawValue) }

    /// Whether it may go only to an address already proven (everything but the proof itself, and
    /// the word to an old address, which was proven when it was in use).
    var needsProvenAddress: Bool { self != .verifyEmail && self != .emailChanged }

    /// The address it goes to, when not the member's current one.
    func recipient(secret: String?) -> String? { self == .emailChanged ? secret : nil }

    /// Subject, plain text and the short HTML alternative. `app` is the name the member sees Trellis
    /// by: in discreet mode, the plain one they chose.
    func words(secret: String?, publicURL: String, app: String = "Trellis") -> (
        subject: String, text: String, html: String
    ) {
        switch self {
        case .passwordReset:
            let link = "\(publicURL)/reset/\(secret ?? "")"
            return Self.words(
                "Your link to set a new password",
                [
                    "Someone asked to set a new password for your \(app) account.",
                    "If it was you, open this link within a day to choose a new one. It works once, and it "
                        + "logs out every device signed in as you:",
                ], link: (link, "Set a new password"),
                after: "If it was not you, you can leave this: nothing has changed.")
        case .verifyEmail:
            let link = "\(publicURL)/verify/\(secret ?? "")"
            return Self.words(
                "Confirm your address for \(app)",
                ["Open this link within a day to confirm that this address is yours:"],
                link: (link, "Confirm my address"),
                after: "Until you do, \(app) sends nothing else here. If you did not ask for this, you can leave it.")
        case .signUpAttempt:
            return Self.words(
                "Someone tried to sign up with your address",
                [
                    "Someone tried to make a new \(app) account with this address, which already has one.",
                    "If it was you, log in instead, or use \u{201C}Forgot your password?\u{201D} on the log-in page:",
                ], link: ("\(publicURL)/login", "Log in"),
                after: "If it was not you, you can leave this: your account has not changed.")
        case .weeklyDigest:
            return Self.words(
                "Your week in \(app)",
                ["Your week in \(app) is there to look back on, when you have a moment:"],
                link: ("\(publicURL)/home", "Open \(app)"),
                after:
                    "You choose these reminders, and when they come, in your settings; each one has a link to stop them all."
            )
        case .partnerWaiting, .windowOpened, .commitmentsToday:
            return Self.words(
                "Something is waiting for you in \(app)",
                ["Something is waiting for you in \(app). Open it when you have a moment:"],
                link: ("\(publicURL)/home", "Open \(app)"),
                after:
                    "You choose these reminders, and when they come, in your settings; each one has a link to stop them all."
            )
        case .deviceLink:
            return Self.words(
                "Your link to log in on this device",
                [
                    "Someone, perhaps you, could not log in to your \(app) account from a new device, because of "
                        + "too many wrong tries.",
                    "If it was you, open this link within a quarter of an hour on that device, then log in with "
                        + "your password as usual. It lets that device try, whatever anyone else is guessing:",
                ], link: ("\(publicURL)/login/device/\(secret ?? "")", "Let this device in"),
                after: "If it was not you, you can leave this: without your password, the link opens nothing.")
        case .emailChanged:
            return Self.words(
                "The address of your \(app) account was changed",
                ["The address of the \(app) account that used this one was just changed to another."],
                link: nil,
                after:
                    "If it was you, there is nothing to do. If it was not, ask whoever runs this service for help at once."
            )
        }
    }

    private static func words(_ subject: String, _ lines: [String], link: (url: String, label: String)?, after: String)
        -> (subject: String, text: String, html: String)
    {
        let text = (lines + [link?.url].compactMap { $0 } + [after]).joined(separator: "\n\n")
        let html =
            lines.map { "<p>\(HTML.escape($0))</p>" }.joined()
            + (link.map { "<p><a href=\"\(HTML.escape($0.url))\">\(HTML.escape($0.label))</a></p>" } ?? "")
            + "<p>\(HTML.escape(after))</p>"
        return (subject, text, html)
    }

}
