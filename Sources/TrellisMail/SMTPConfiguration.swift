import Foundation

/// Where and how to send mail, from `--smtp-url`: `smtp://user:password@host:587` (STARTTLS
/// required) or `smtps://user:password@host:465` (TLS from the start). The user and password
/// are percent-decoded; a server's certificate is checked against the system's roots, or the
/// certificates in `trustFile` when given (a private relay, or the tests' own server).
public struct SMTPConfiguration: Sendable, Equatable {
    public let host: String
    public let port: Int
    public let security: SMTPStateMachine.Security
    public let user: String?
    public let password: String?
    public var trustFile: String?
    /// The longest a whole mail may take, from connecting to the server's acceptance.
    public var timeout: Duration = .seconds(30)
    /// The name Trellis gives itself in EHLO.
    public var hostName = "trellis.localhost"

    public init(url text: String) throws {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased(),
            let host = url.host, !host.isEmpty
        else { throw SMTPError(.protocolViolation, "--smtp-url must look like smtp://user:password@host:587") }
        switch scheme {
        case "smtp": security = .startTLS
        case "smtps": security = .implicitTLS
        default: throw SMTPError(.protocolViolation, "--smtp-url must start with smtp:// or smtps://")
        }
        self.host = host
        port = url.port ?? (security == .implicitTLS ? 465 : 587)
        user = url.percentEncodedUser?.removingPercentEncoding
        password = url.percentEncodedPassword?.removingPercentEncoding
        guard (user == nil) == (password == nil) else {
            throw SMTPError(
                .protocolViolation, "--smtp-url gives a user without a password, or a password without a user")
        }
    }

    var credentials: (user: String, password: String)? {
        guard let user, let password else { return nil }
        return (user, password)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.host == b.host && a.port == b.port && a.security == b.security && a.user == b.user
            && a.password == b.password && a.trustFile == b.trustFile
    }
}
