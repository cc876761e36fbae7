/// Why a mail was not delivered, and whether trying again later may help: a 4xx reply or a
/// broken connection is transient, a 5xx reply or a server without what Trellis requires is not.
public struct SMTPError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: Sendable, Equatable {
        /// The server answered a step with this reply code.
        case rejected(Int)
        /// The server offers no STARTTLS, which Trellis requires before sending anything.
        case noStartTLS
        /// The server offers no AUTH PLAIN, and credentials were given.
        case noAuthPlain
        /// The connection broke, or could not be made.
        case connection
        case timeout
        /// The server said something that is not SMTP.
        case protocolViolation
    }

    public let code: Code
    public let message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    /// Whether a later try may succeed.
    public var isTransient: Bool {
        switch code {
        case .rejected(let reply): (400..<500).contains(reply)
        case .connection, .timeout: true
        case .noStartTLS, .noAuthPlain, .protocolViolation: false
        }
    }

    public var description: String { message }
}
