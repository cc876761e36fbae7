import Foundation
import GRDB
import HummingbirdTesting
import Logging
import Synchronization
import Testing
import TrellisSQLite
import TrellisServer
import TrellisStore

/// Keeps every line logged to it, for the test to read.
final class CapturedLog: Sendable {
    private let lines = Mutex<[(message: String, metadata: Logger.Metadata)]>([])

    var logger: Logger {
        Logger(label: "test.security") { _ in Handler(log: self) }
    }

    var events: [String] { lines.withLock { $0.compactMap { $0.metadata["event"]?.description } } }
    /// The metadata of each line logged as `message`, as text.
    func lines(message: String) -> [[String: String]] {
        lines.withLock {
            $0.filter { $0.message == message }.map { $0.metadata.mapValues(\.description) }
        }
    }

    var text: String {
        lines.withLock { $0.map { "\($0.message) \($0.metadata)" }.joined(separator: "\n") }
    }

    fileprivate func append(_ message: String, _ metadata: Logger.Metadata) {
        lines.withLock { $0.append((message, metadata)) }
    }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) {
            log.append(event.message.description, metadata.merging(event.metadata ?? [:]) { $1 })
        }
    }
}

@Suite("The security log")
struct SecurityLogTests {
    @Test func anAttackIsVisibleAndNoOnesLifeIs() async throws {
        let log = CapturedLog()
        let server = try TestServer(securityLogger: log.logger)
        try await server.run { client in
            let (alice, bob, couple) = try await client.pairedCouple()
            let wrong = ["email": "bob@example.org", "password": "not the right one at all"]
            for _ in 0..<6 { _ = try await client.api(.post, "/api/v1/sessions", json: wrong) }
            let stranger = try await client.signUp("Mallory")
            #expect(
                try await client.api(.get, "/api/v1/couples/\(couple)", token: stranger.token).status == .notFound)
            _ = try await client.api(.get, "/api/v1/me", token: "made-up-token")
            _ = try await client.api(.post, "/api/v1/couples/\(couple)/leave", token: bob.token)

            let events = Set(log.events)
            for expected in [
                "sign_up", "invite_used", "log_in_failed", "throttled", "access_refused", "token_refused",
                "member_left",
            ] {
                #expect(events.contains(expected), "no \(expected) in \(events.sorted())")
            }
            // Accounts appear only as pseudonyms: never an email, a name, a token or an id.
            let text = log.text
            for secret in [
                "alice@example.org", "bob@example.org", "Alice", "Bob", "Mallory", alice.token, bob.token,
                stranger.token, alice.id, bob.id, "made-up-token", "not the right one",
            ] {
                #expect(!text.contains(secret), "the security log holds \(secret)")
            }
        }
    }

    @Test func aServerErrorIsASecurityEventAndTellsTheCallerNothing() async throws {
        let log = CapturedLog()
        let server = try TestServer(securityLogger: log.logger)
        try await server.run { client in
            let sam = try await client.signUp("Sam")
            // Damage the stored account behind the server's back, as a failing disk might.
            let database = try DatabaseQueue(
                path: server.directory.appendingPathComponent(SQLiteStorage.fileName).path)
            try await database.write { try $0.execute(sql: "UPDATE accounts SET name_sealed = x'00'") }
            let answer = try await client.api(.get, "/api/v1/me", token: sam.token)
            #expect(answer.status == .internalServerError)
            #expect(answer.errorCode == "internal_error")
            #expect(answer.errorMessage == "Something went wrong on our side. Please try again.")
            #expect(log.events.contains("server_error"))
            #expect(!log.text.contains(sam.token))
        }
    }
}

/// A flood of refused writes from one member's token cannot flood the log: one line when it
/// starts, then one line a minute with how many more there were and when, every one counted.
@Suite("The security log under a flood")
struct SecurityLogFloodTests {
    @Test func aWriteFloodLeavesABoundedLogWithTheRightCounts() async throws {
        let log = CapturedLog()
        let server = try TestServer(securityLogger: log.logger, writeLimit: WriteLimit(burst: 2, perMinute: 1))
        try await server.run { client in
            let (alice, _, couple) = try await client.pairedCouple()
            server.clock.advance(by: 120)
            let notices = "/api/v1/couples/\(couple)/noticings"
            var refused = 0
            for _ in 1...500 {
                let answer = try await client.api(
                    .post, notices, token: alice.token, json: ["what": "n", "shared": true])
                if answer.status == .tooManyRequests { refused += 1 }
            }
            #expect(refused >= 497)
            #expect(log.events.filter { $0 == "writes_limited" }.count == 1, "one line while the minute lasts")
            server.clock.advance(by: 61)
            server.trellis.flushSecurityLog()
            let repeated = log.lines(message: "security repeated").filter { $0["event"] == "writes_limited" }
            #expect(repeated.count == 1)
            #expect(repeated.first?["count"] == "\(refused - 1)", "every refusal after the first is counted")
            #expect(log.events.count < 30, "\(log.events.count) lines")
            // A new minute's first refusal is written at once again.
            _ = try await client.api(.post, notices, token: alice.token, json: ["what": "n", "shared": true])
            _ = try await client.api(.post, notices, token: alice.token, json: ["what": "n", "shared": true])
            #expect(log.events.filter { $0 == "writes_limited" }.count == 3)
        }
    }
}
