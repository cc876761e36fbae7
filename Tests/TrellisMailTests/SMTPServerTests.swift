import Foundation
import Testing

@testable import TrellisMail

/// The client against a real SMTP server (aiosmtpd, from `smtp_server.py` beside this file): TLS
/// on a self-signed certificate the client is told to trust, and a password.
@Suite("SMTP against a real server", .enabled(if: SMTPTestServer.available), .serialized)
struct SMTPServerTests {
    static func message(_ subject: String = "Something is waiting for you") -> MailMessage {
        MailMessage(
            from: MailAddress("nudges@trellis.test", name: "Trellis"), to: "maya@example.org", subject: subject,
            text: "Something is waiting for you in Trellis.\n.A line that starts with a dot\n",
            html: "<p>Something is waiting for you in Trellis.</p>", messageID: "\(UUID())@trellis.test")
    }

    @Test func aMailArrivesOverStartTLSAndOverTLS() async throws {
        let server = try SMTPTestServer()
        defer { server.stop() }
        for url in [server.url(), server.url(implicitTLS: true)] {
            var configuration = try SMTPConfiguration(url: url)
            configuration.trustFile = server.certificate
            configuration.hostName = "trellis.test"
            try await SMTPClient(configuration: configuration).send(Self.message())
        }
        let mails = try server.mails()
        #expect(mails.count == 2)
        for mail in mails {
            #expect(mail.contains("Subject: Something is waiting for you"))
            #expect(mail.contains("X-Envelope-To: maya@example.org"))
            let encoded = Data("Something is waiting for you in Trellis.\n.A line".utf8).base64EncodedString().prefix(
                40)
            #expect(mail.contains(encoded))
        }
    }

    @Test func aWrongPasswordIsFinalAFourHundredIsTriedAgainADroppedConnectionIsTransient() async throws {
        let server = try SMTPTestServer(arguments: ["--fail-first", "1"])
        defer { server.stop() }
        var wrong = try SMTPConfiguration(url: server.url(password: "not it"))
        wrong.trustFile = server.certificate
        await #expect { try await SMTPClient(configuration: wrong).send(Self.message()) } throws: { error in
            (error as? SMTPError).map { !$0.isTransient && $0.code == .rejected(535) } ?? false
        }
        var right = try SMTPConfiguration(url: server.url())
        right.trustFile = server.certificate
        await #expect { try await SMTPClient(configuration: right).send(Self.message()) } throws: { error in
            (error as? SMTPError).map { $0.isTransient && $0.code == .rejected(451) } ?? false
        }
        try await SMTPClient(configuration: right).send(Self.message())
        #expect(try server.mails().count == 1)

        let dropping = try SMTPTestServer(arguments: ["--drop-first", "1"])
        defer { dropping.stop() }
        var configuration = try SMTPConfiguration(url: dropping.url())
        configuration.trustFile = dropping.certificate
        await #expect { try await SMTPClient(configuration: configuration).send(Self.message()) } throws: { error in
            (error as? SMTPError)?.isTransient == true
        }
        try await SMTPClient(configuration: configuration).send(Self.message())
        #expect(try dropping.mails().count == 1)
    }

    @Test func anUntrustedCertificateSendsNothing() async throws {
        let server = try SMTPTestServer()
        defer { server.stop() }
        let configuration = try SMTPConfiguration(url: server.url())
        await #expect(throws: SMTPError.self) {
            try await SMTPClient(configuration: configuration).send(Self.message())
        }
        #expect(try server.mails().isEmpty)
    }
}

/// `smtp_server.py` in a process of its own, for one test.
final class SMTPTestServer: @unchecked Sendable {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "smtp_server.py"
    ).path

    /// Python with aiosmtpd, as `.ci/run` installs it.
    static let available: Bool = {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import aiosmtpd, cryptography"]
        check.standardError = FileHandle.nullDevice
        guard (try? check.run()) != nil else { return false }
        check.waitUntilExit()
        return check.terminationStatus == 0
    }()

    let process = Process()
    let input = Pipe()
    let out: URL
    let starttlsPort: Int
    let tlsPort: Int
    let certificate: String

    init(arguments: [String] = []) throws {
        out = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-mail-\(UUID())")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.script, "--out", out.path] + arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw SMTPError(.connection, "the test SMTP server did not start") }
            line += chunk
        }
        let words = String(decoding: line, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard words.count == 4, words[0] == "READY", let a = Int(words[1]), let b = Int(words[2]) else {
            throw SMTPError(.protocolViolation, "the test SMTP server said something else")
        }
        (starttlsPort, tlsPort, certificate) = (a, b, String(words[3]))
    }

    func url(implicitTLS: Bool = false, password: String = "a mail password") -> String {
        let secret = password.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? password
        return implicitTLS
            ? "smtps://trellis:\(secret)@localhost:\(tlsPort)" : "smtp://trellis:\(secret)@localhost:\(starttlsPort)"
    }

    func mails() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".eml") }.map {
            try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8)
        }
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: out)
    }
}
