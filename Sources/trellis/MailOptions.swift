import ArgumentParser
import Foundation
import TrellisMail
import TrellisServer

/// Where Trellis sends mail from, and through which server. Without `--smtp-url` nothing is sent.
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

    private var url: String? { smtpURL ?? ProcessInfo.processInfo.environment["TRELLIS_SMTP_URL"] }

    func validate() throws {
        guard let url else {
            if mailFrom != nil || smtpTrustFile != nil {
                throw ValidationError("--mail-from and --smtp-trust-file need --smtp-url.")
            }
            return
        }
        do {
            _ = try SMTPConfiguration(url: url)
        } catch let error as SMTPError {
            throw ValidationError(error.message)
        }
        guard let mailFrom, mailFrom.contains("@"), !mailFrom.contains(where: \.isWhitespace) else {
            throw ValidationError("--smtp-url needs --mail-from, an address such as trellis@example.org.")
        }
        if let smtpTrustFile, !FileManager.default.isReadableFile(atPath: smtpTrustFile) {
            throw ValidationError("--smtp-trust-file \(smtpTrustFile) cannot be read.")
        }
    }

    /// The settings, once validated; nil when no mail is to be sent.
    func settings() throws -> MailSettings? {
        guard let url, let mailFrom else { return nil }
        var smtp = try SMTPConfiguration(url: url)
        smtp.trustFile = smtpTrustFile
        return MailSettings(smtp: smtp, from: MailAddress(mailFrom, name: "Trellis"))
    }
}
