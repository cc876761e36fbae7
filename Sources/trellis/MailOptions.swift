import ArgumentParser
import Configuration

/// Where Trellis sends mail from, and through which server. Without `--smtp-url` nothing is sent.
/// `ServeSettings` reads and checks them with every other setting.
struct MailOptions: ParsableArguments {
    @Option(
        name: .customLong("smtp-url"),
        help: ArgumentHelp(
            "The SMTP server for mail: smtp://user:password@host:587 (STARTTLS required) or "
                + "smtps://user:password@host:465 (default: $TRELLIS_SMTP_URL; without one, no mail is sent).",
            valueName: "url"))
    var smtpURL: String?

    @Option(
        name: .customLong("mail-from"),
        help: ArgumentHelp(
            "The sender of every mail, such as trellis@example.org (needed with --smtp-url).", valueName: "address"))
    var mailFrom: String?

    @Option(
        name: .customLong("smtp-trust-file"),
        help: ArgumentHelp(
            "Certificates (PEM) to trust for the SMTP server instead of the system's, for a private relay.",
            valueName: "file"))
    var smtpTrustFile: String?

    /// The flags given, under the keys the settings read them by.
    var flags: [String: ConfigContent] {
        let given: [String: String?] = ["smtp-url": smtpURL, "mail-from": mailFrom, "smtp-trust-file": smtpTrustFile]
        return given.compactMapValues { $0.map(ConfigContent.string) }
    }
}
