import NIOCore

/// One reply from the server: its code and its lines ("250-PIPELINING", "250 SIZE" is one reply
/// with two lines).
public struct SMTPReply: Sendable, Equatable {
    public let code: Int
    public let lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// Whether an EHLO reply lists `capability` ("STARTTLS", "AUTH").
    func offers(_ capability: String) -> Bool {
        lines.dropFirst().contains { $0.uppercased().split(separator: " ").first.map(String.init) == capability }
    }

    /// Whether an EHLO reply's AUTH line lists `mechanism`.
    func offersAuth(_ mechanism: String) -> Bool {
        lines.contains { line in
            let words = line.uppercased().split(separator: " ").map(String.init)
            return words.first == "AUTH" && words.contains(mechanism)
        }
    }
}

/// Reads replies from the server's bytes: lines of "NNN-text" until "NNN text".
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply
    /// A reply longer than this many lines is not a real server's.
    private static let maximumLines = 100
    private var lines: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let end = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > 4096 { throw SMTPError(.protocolViolation, "a reply line is too long") }
            return .needMoreData
        }
        let length = end - buffer.readerIndex + 1
        // Bytes, not a String: Swift reads "\r\n" as one character, which no "\n" suffix matches.
        var characters = buffer.readBytes(length: length) ?? []
        while let last = characters.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") {
            characters.removeLast()
        }
        guard characters.count >= 3, let code = Int(String(decoding: characters.prefix(3), as: UTF8.self)) else {
            throw SMTPError(.protocolViolation, "the server said something that is not SMTP")
        }
        let text = characters.count > 4 ? String(decoding: characters.dropFirst(4), as: UTF8.self) : ""
        lines.append(text)
        guard lines.count <= Self.maximumLines else { throw SMTPError(.protocolViolation, "a reply is too long") }
        if characters.count > 3, characters[3] == UInt8(ascii: "-") { return .continue }
        context.fireChannelRead(wrapInboundOut(SMTPReply(code: code, lines: lines)))
        lines = []
        return .continue
    }
}
