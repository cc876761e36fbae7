import Foundation

/// A mail as Trellis sends it: plain text with a short HTML alternative, UTF-8 throughout, and
/// the headers a neutral notification needs (one-click unsubscribe). Rendered to the bytes of
/// RFC 5322; the SMTP client adds nothing to them but the dot-stuffing.
public struct MailMessage: Sendable, Equatable {
    public let from: MailAddress
    public let to: String
    public let subject: String
    public let text: String
    public let html: String?
    /// Further headers, such as List-Unsubscribe; names and values must be one line of ASCII.
    public let headers: [(name: String, value: String)]
    /// A stable id, so a mail sent again after a crash is recognisably the same one.
    public let messageID: String

    public init(
        from: MailAddress, to: String, subject: String, text: String, html: String? = nil,
        headers: [(name: String, value: String)] = [], messageID: String
    ) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.headers = headers
        self.messageID = messageID
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.from == b.from && a.to == b.to && a.subject == b.subject && a.text == b.text && a.html == b.html
            && a.messageID == b.messageID
            && a.headers.map { "\($0.name):\($0.value)" }
                == b.headers.map { "\($0.name):\($0.value)" }
    }

    /// The whole message, lines ended with CRLF.
    public func rendered(at date: Date) -> [UInt8] {
        var lines = [
            "From: \(from.header)", "To: <\(to)>", "Subject: \(Self.encodedWord(subject))",
            "Date: \(Self.date(date))", "Message-ID: <\(messageID)>", "MIME-Version: 1.0",
            "Auto-Submitted: auto-generated",
        ]
        lines += headers.map { "\($0.name): \($0.value)" }
        let textPart =
            ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", ""]
            + Self.base64Lines(text)
        if let html {
            // Base64 never holds "-", so this cannot appear inside a part.
            let boundary = "trellis-" + messageID.filter { $0.isASCII && ($0.isLetter || $0.isNumber) }
            lines += ["Content-Type: multipart/alternative; boundary=\"\(boundary)\"", "", "--\(boundary)"]
            lines += textPart
            lines += [
                "--\(boundary)", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", "",
            ]
            lines += Self.base64Lines(html)
            lines += ["--\(boundary)--"]
        } else {
            lines += textPart
        }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A header value in ASCII: as it is, or as an RFC 2047 encoded word.
    static func encodedWord(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 32 }) else { return text }
        return "=?utf-8?B?\(Data(text.utf8).base64EncodedString())?="
    }

    private static func base64Lines(_ text: String) -> [String] {
        let encoded = Data(text.utf8).base64EncodedString()
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            let from = encoded.index(encoded.startIndex, offsetBy: start)
            return String(encoded[from..<encoded.index(from, offsetBy: min(76, encoded.count - start))])
        }
    }

    private static func date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}

/// A sender: an address and a display name.
public struct MailAddress: Sendable, Equatable {
    public let address: String
    public let name: String?

    public init(_ address: String, name: String? = nil) {
        self.address = address
        self.name = name
    }

    var header: String { name.map { "\(MailMessage.encodedWord($0)) <\(address)>" } ?? "<\(address)>" }
}
