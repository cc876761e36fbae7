import TrellisMail

/// Mail out of Trellis, when the operator gives `--smtp-url`; without it nothing is sent, and the
/// pages say so (the operator's reset link stays the way back in).
public struct MailSettings: Sendable {
    public var smtp: SMTPConfiguration
    public var from: MailAddress

    public init(smtp: SMTPConfiguration, from: MailAddress) {
        self.smtp = smtp
        self.from = from
    }
}
