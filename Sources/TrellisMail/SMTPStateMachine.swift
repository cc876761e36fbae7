import Foundation

/// One mail's conversation with an SMTP server, as a pure state machine in the manner of
/// swift-nio's: it takes the server's replies and says what to do next, and never touches the
/// network, so every path is tested without one. STARTTLS is required (or TLS from the start):
/// nothing is sent in the clear, not even the envelope.
public struct SMTPStateMachine: Sendable {
    public enum Security: Sendable, Equatable {
        /// TLS from the first byte (smtps, port 465).
        case implicitTLS
        /// Plain first, then STARTTLS before anything else (smtp, port 587).
        case startTLS
    }

    public enum Action: Sendable, Equatable {
        /// Send this command line (CRLF is added by whoever sends it).
        case send(String)
        /// Send the message body, already dot-stuffed and ended with ".".
        case sendBody([UInt8])
        /// Begin TLS on this connection now; call `tlsEstablished` once it is.
        case startTLS
        /// The server accepted the mail: report success (QUIT follows).
        case delivered
        /// Give up on this mail, for this reason; close the connection.
        case failed(SMTPError)
        /// Close the connection.
        case close
    }

    private enum State: Sendable {
        case greeting
        case hello(secured: Bool)
        case startingTLS, awaitingTLS, authenticating, sender
        case recipient(Int)
        case data, body, quitting, finished
    }

    private let security: Security
    private let hostName: String
    private let credentials: (user: String, password: String)?
    private let from: String
    private let recipients: [String]
    private let body: [UInt8]
    private var state = State.greeting

    public init(
        security: Security, hostName: String, credentials: (user: String, password: String)?, from: String,
        recipients: [String], message: [UInt8]
    ) {
        self.security = security
        self.hostName = hostName
        self.credentials = credentials
        self.from = from
        self.recipients = recipients
        self.body = Self.dotStuffed(message)
    }

    public mutating func receive(_ reply: SMTPReply) -> [Action] {
        switch state {
        case .greeting:
            guard reply.code == 220 else { return fail(reply) }
            state = .hello(secured: security == .implicitTLS)
            return [.send("EHLO \(hostName)")]
        case .hello(let secured):
            guard reply.code == 250 else { return fail(reply) }
            if !secured {
                guard reply.offers("STARTTLS") else {
                    return failed(SMTPError(.noStartTLS, "the mail server offers no STARTTLS; nothing was sent"))
                }
                state = .startingTLS
                return [.send("STARTTLS")]
            }
            guard let credentials else { return mailFrom() }
            guard reply.offersAuth("PLAIN") else {
                return failed(SMTPError(.noAuthPlain, "the mail server offers no AUTH PLAIN"))
            }
            state = .authenticating
            let token = Data("\0\(credentials.user)\0\(credentials.password)".utf8).base64EncodedString()
            return [.send("AUTH PLAIN \(token)")]
        case .startingTLS:
            guard reply.code == 220 else { return fail(reply) }
            state = .awaitingTLS
            return [.startTLS]
        case .awaitingTLS:
            return failed(SMTPError(.protocolViolation, "the server spoke before TLS was established"))
        case .authenticating:
            guard reply.code == 235 else { return fail(reply) }
            return mailFrom()
        case .sender:
            guard reply.code == 250 else { return fail(reply) }
            state = .recipient(0)
            return [.send("RCPT TO:<\(recipients[0])>")]
        case .recipient(let index):
            guard reply.code == 250 || reply.code == 251 else { return fail(reply) }
            if index + 1 < recipients.count {
                state = .recipient(index + 1)
                return [.send("RCPT TO:<\(recipients[index + 1])>")]
            }
            state = .data
            return [.send("DATA")]
        case .data:
            guard reply.code == 354 else { return fail(reply) }
            state = .body
            return [.sendBody(body)]
        case .body:
            guard reply.code == 250 else { return fail(reply) }
            state = .quitting
            return [.delivered, .send("QUIT")]
        case .quitting:
            state = .finished
            return [.close]
        case .finished:
            return []
        }
    }

    /// TLS is up (after STARTTLS): greet again, as the server forgets what was said before.
    public mutating func tlsEstablished() -> [Action] {
        guard case .awaitingTLS = state else { return [] }
        state = .hello(secured: true)
        return [.send("EHLO \(hostName)")]
    }

    private mutating func mailFrom() -> [Action] {
        state = .sender
        return [.send("MAIL FROM:<\(from)>")]
    }

    private mutating func fail(_ reply: SMTPReply) -> [Action] {
        failed(SMTPError(.rejected(reply.code), "the mail server answered \(reply.code) \(reply.lines.last ?? "")"))
    }

    private mutating func failed(_ error: SMTPError) -> [Action] {
        state = .finished
        return [.failed(error), .close]
    }

    /// The message with CRLF line ends, a "." doubled at the start of a line, and the final ".".
    static func dotStuffed(_ message: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(message.count + 64)
        var atLineStart = true
        var previous: UInt8 = 0
        for byte in message {
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") { out.append(UInt8(ascii: "\r")) }
            if atLineStart && byte == UInt8(ascii: ".") { out.append(UInt8(ascii: ".")) }
            out.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
            previous = byte
        }
        if !atLineStart { out += Array("\r\n".utf8) }
        out += Array(".\r\n".utf8)
        return out
    }
}
