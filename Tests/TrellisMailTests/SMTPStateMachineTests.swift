import Foundation
import NIOCore
import NIOEmbedded
import Testing

@testable import TrellisMail

/// The conversation with a server, reply by reply, with no network.
@Suite("SMTP, step by step")
struct SMTPStateMachineTests {
    static func machine(_ security: SMTPStateMachine.Security = .startTLS, credentials: Bool = true) -> SMTPStateMachine
    {
        SMTPStateMachine(
            security: security, hostName: "trellis.test", credentials: credentials ? ("sam", "secret") : nil,
            from: "nudges@trellis.test", recipients: ["maya@example.org"], message: Array("Hello\r\n".utf8))
    }

    static func reply(_ code: Int, _ lines: String...) -> SMTPReply { SMTPReply(code: code, lines: lines) }

    @Test func startTLSThenAuthThenTheMail() {
        var smtp = Self.machine()
        #expect(smtp.receive(Self.reply(220, "ready")) == [.send("EHLO trellis.test")])
        #expect(smtp.receive(Self.reply(250, "hello", "STARTTLS", "PIPELINING")) == [.send("STARTTLS")])
        #expect(smtp.receive(Self.reply(220, "go ahead")) == [.startTLS])
        #expect(smtp.tlsEstablished() == [.send("EHLO trellis.test")])
        let plain = Data("\0sam\0secret".utf8).base64EncodedString()
        #expect(smtp.receive(Self.reply(250, "hello", "AUTH LOGIN PLAIN")) == [.send("AUTH PLAIN \(plain)")])
        #expect(smtp.receive(Self.reply(235, "ok")) == [.send("MAIL FROM:<nudges@trellis.test>")])
        #expect(smtp.receive(Self.reply(250, "ok")) == [.send("RCPT TO:<maya@example.org>")])
        #expect(smtp.receive(Self.reply(250, "ok")) == [.send("DATA")])
        #expect(smtp.receive(Self.reply(354, "go")) == [.sendBody(Array("Hello\r\n.\r\n".utf8))])
        #expect(smtp.receive(Self.reply(250, "queued")) == [.delivered, .send("QUIT")])
        #expect(smtp.receive(Self.reply(221, "bye")) == [.close])
    }

    @Test func withoutStartTLSNothingIsSent() {
        var smtp = Self.machine()
        _ = smtp.receive(Self.reply(220, "ready"))
        let actions = smtp.receive(Self.reply(250, "hello", "AUTH PLAIN"))
        guard case .failed(let error) = actions.first else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.code == .noStartTLS && !error.isTransient)
        #expect(actions.last == .close)
    }

    @Test func implicitTLSGoesStraightToAuthAndNoCredentialsStraightToTheMail() {
        var smtp = Self.machine(.implicitTLS, credentials: false)
        _ = smtp.receive(Self.reply(220, "ready"))
        #expect(smtp.receive(Self.reply(250, "hello")) == [.send("MAIL FROM:<nudges@trellis.test>")])
    }

    @Test func fourHundredsAreTransientFiveHundredsAreFinal() {
        for (code, transient) in [(451, true), (421, true), (550, false), (535, false)] {
            var smtp = Self.machine(.implicitTLS, credentials: false)
            _ = smtp.receive(Self.reply(220, "ready"))
            _ = smtp.receive(Self.reply(250, "hello"))
            let actions = smtp.receive(Self.reply(code, "no"))
            guard case .failed(let error) = actions.first else {
                Issue.record("\(code): no failure")
                continue
            }
            #expect(error.isTransient == transient, "\(code)")
            #expect(error.code == .rejected(code))
        }
    }

    @Test func theBodyIsDotStuffedWithCRLFLines() {
        let stuffed = SMTPStateMachine.dotStuffed(Array("a\n.hidden\r\n..two\nend".utf8))
        #expect(String(decoding: stuffed, as: UTF8.self) == "a\r\n..hidden\r\n...two\r\nend\r\n.\r\n")
    }
}

@Suite("A mail, rendered")
struct MailMessageTests {
    @Test func plainTextWithAnHTMLAlternativeAndTheHeadersGiven() throws {
        let message = MailMessage(
            from: MailAddress("nudges@trellis.test", name: "Trellis"), to: "maya@example.org",
            subject: "Something is waiting for you", text: "Something is waiting for you in Trellis.",
            html: "<p>Something is waiting for you in Trellis.</p>",
            headers: [("List-Unsubscribe", "<https://trellis.test/u/abc>")], messageID: "n1@trellis.test")
        let text = String(decoding: message.rendered(at: Date(timeIntervalSince1970: 0)), as: UTF8.self)
        #expect(text.contains("From: Trellis <nudges@trellis.test>\r\n"))
        #expect(text.contains("Subject: Something is waiting for you\r\n"))
        #expect(text.contains("Date: Thu, 01 Jan 1970 00:00:00 +0000\r\n"))
        #expect(text.contains("Message-ID: <n1@trellis.test>\r\n"))
        #expect(text.contains("List-Unsubscribe: <https://trellis.test/u/abc>\r\n"))
        #expect(text.contains("multipart/alternative"))
        let encoded = Data("Something is waiting for you in Trellis.".utf8).base64EncodedString()
        #expect(text.contains(encoded))
        #expect(MailMessage.encodedWord("Für dich") == "=?utf-8?B?\(Data("Für dich".utf8).base64EncodedString())?=")
    }

    @Test func theURLSaysHowToConnect() throws {
        let plain = try SMTPConfiguration(url: "smtp://sam%40example.org:p%3Ass@mail.example.org")
        #expect(plain.security == .startTLS && plain.port == 587 && plain.user == "sam@example.org")
        #expect(plain.password == "p:ss")
        let secure = try SMTPConfiguration(url: "smtps://mail.example.org:2465")
        #expect(secure.security == .implicitTLS && secure.port == 2465 && secure.user == nil)
        #expect(throws: SMTPError.self) { try SMTPConfiguration(url: "http://mail.example.org") }
        #expect(throws: SMTPError.self) { try SMTPConfiguration(url: "smtp://sam@mail.example.org") }
    }
}

@Suite("Replies, read from bytes")
struct SMTPReplyDecoderTests {
    @Test func aMultiLineReplyEndedWithCRLFIsOneReply() throws {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(SMTPReplyDecoder()))
        try channel.writeInbound(ByteBuffer(string: "250-localhost\r\n250-STARTTLS\r\n250 HELP\r\n"))
        let reply = try #require(try channel.readInbound(as: SMTPReply.self))
        #expect(reply == SMTPReply(code: 250, lines: ["localhost", "STARTTLS", "HELP"]))
        #expect(reply.offers("STARTTLS"))
        _ = try channel.finish()
    }
}
