import TrellisCore
import TrellisLanguage

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
                say("home.mail.reset.subject"),
                [say("home.mail.reset.asked", ["app": app]), say("home.mail.reset.open")],
                link: (link, say("home.mail.reset.link")),
                after: say("home.mail.reset.after"))
        case .verifyEmail:
            let link = "\(publicURL)/verify/\(secret ?? "")"
            return Self.words(
                say("home.mail.verify.subject", ["app": app]),
                [say("home.mail.verify.open")],
                link: (link, say("home.mail.verify.link")),
                after: say("home.mail.verify.after", ["app": app]))
        case .signUpAttempt:
            return Self.words(
                say("home.mail.signUpAttempt.subject"),
                [say("home.mail.signUpAttempt.tried", ["app": app]), say("home.mail.signUpAttempt.ifYou")],
                link: ("\(publicURL)/login", say("home.mail.signUpAttempt.link")),
                after: say("home.mail.signUpAttempt.after"))
        case .weeklyDigest:
            return Self.words(
                say("home.mail.weekly.subject", ["app": app]),
                [say("home.mail.weekly.line", ["app": app])],
                link: ("\(publicURL)/home", say("home.mail.open", ["app": app])),
                after: say("home.mail.nudgeAfter"))
        case .partnerWaiting, .windowOpened, .commitmentsToday:
            return Self.words(
                say("home.mail.waiting.subject", ["app": app]),
                [say("home.mail.waiting.line", ["app": app])],
                link: ("\(publicURL)/home", say("home.mail.open", ["app": app])),
                after: say("home.mail.nudgeAfter"))
        case .deviceLink:
            return Self.words(
                say("home.mail.device.subject"),
                [say("home.mail.device.couldNot", ["app": app]), say("home.mail.device.open")],
                link: ("\(publicURL)/login/device/\(secret ?? "")", say("home.mail.device.link")),
                after: say("home.mail.device.after"))
        case .emailChanged:
            return Self.words(
                say("home.mail.emailChanged.subject", ["app": app]),
                [say("home.mail.emailChanged.line", ["app": app])],
                link: nil,
                after: say("home.mail.emailChanged.after"))
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
