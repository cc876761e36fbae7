import Foundation
import Synchronization
import TrellisCore
import TrellisPostgres
import TrellisStore

/// With `TRELLIS_BENCH_POSTGRES_URL`: durable appends on PostgreSQL beside pgbench's own rate of
/// single-row inserts (one per transaction) against the same server, in the same run.
enum PostgresBenchmark {
    static func run(url: String, writes: Int, seconds: (Duration) -> Double) async throws {
        let schema = "bench_" + UUID().uuidString.prefix(8).lowercased()
        let (schemaURL, key) = (url + (url.contains("?") ? "&" : "?") + "search_path=" + schema, MasterKey.generate())
        let storage = try PostgresStorage(url: schemaURL, masterKey: key)
        let other = try PostgresStorage(url: schemaURL, masterKey: key)
        try await storage.whileRunning {
            try await other.whileRunning {
                try await measure(storage, other: other, schema: schema, url: url, writes: writes, seconds: seconds)
            }
        }
        // The run's own schema goes with it (pgbench's table is in it too).
        _ = try command("psql", [url, "-q", "-c", "DROP SCHEMA \(schema) CASCADE"])
    }

    private static func measure(
        _ storage: PostgresStorage, other: PostgresStorage, schema: String, url: String, writes: Int,
        seconds: (Duration) -> Double
    ) async throws {
        try await storage.migrate()
        let alice = Account(id: MemberID(), email: "alice@example.org", name: "Alice", passwordHash: "-", coupleID: nil)
        let now = Date()
        try await storage.createAccount(
            alice, session: ([2], SessionRecord.opening(for: alice.id, at: now, expiresAt: now, client: "Bench")))
        let couple = CoupleID()
        let start = try CoupleState().decide(.start(founderName: "Alice"), by: alice.id, at: now)
        _ = try await storage.append(
            AppendBatch(couple: couple, expectedSeq: 0, events: start, effects: [.createCouple, .assign(alice.id)]))
        var head = Int64(start.count)
        let area = CoupleState.folding(try await storage.events(of: couple, visibleTo: alice.id)).activeAreas[0].id
        let time = try await ContinuousClock().measure {
            for index in 0..<writes {
                let event = typicalEvent(index, by: alice.id, in: area, after: now)
                _ = try await storage.append(AppendBatch(couple: couple, expectedSeq: head, events: [event]))
                head += 1
            }
        }
        let appendRate = Double(writes) / seconds(time)
        let pgbenchRate = try pgbench(url: url, schema: schema)
        print(
            String(
                format: "PostgreSQL durable appends: %.0f/s; pgbench single-row inserts: %.0f/s; ratio %.2f",
                appendRate,
                pgbenchRate, appendRate / pgbenchRate))

        try await freshness(storage, other: other, couple, alice, seconds)
    }

    /// A warm read that asks the database where the couple stands (the head check) beside one that
    /// trusts the announcements heard by a second instance, and how long after a write is
    /// acknowledged its announcement reaches that instance.
    private static func freshness(
        _ storage: PostgresStorage, other: PostgresStorage, _ couple: CoupleID, _ alice: Account,
        _ seconds: (Duration) -> Double
    ) async throws {
        let checked = KeptFolds(storage: storage, capacity: 10)
        let announced = KeptFolds(storage: other, capacity: 10)
        let heard = Mutex<(listening: Bool, at: [Int64: ContinuousClock.Instant])>((false, [:]))
        let relay = Task {
            await other.listen { news in
                announced.hear(news)
                if case .grew(_, let position, _) = news { heard.withLock { $0.at[position] = .now } }
                if news == .listening { heard.withLock { $0.listening = true } }
            }
        }
        defer { relay.cancel() }
        while !heard.withLock({ $0.listening }) { try await Task.sleep(for: .milliseconds(10)) }
        _ = try await checked.state(of: couple, for: alice.id)
        _ = try await announced.state(of: couple, for: alice.id)
        let reads = 2000
        let checkedTime = try await ContinuousClock().measure {
            for _ in 0..<reads { _ = try await checked.state(of: couple, for: alice.id) }
        }
        let announcedTime = try await ContinuousClock().measure {
            for _ in 0..<reads { _ = try await announced.state(of: couple, for: alice.id) }
        }
        print(
            String(
                format: "PostgreSQL warm read: %.0f µs checking the head, %.1f µs following announcements (%.0fx)",
                seconds(checkedTime) / Double(reads) * 1e6, seconds(announcedTime) / Double(reads) * 1e6,
                seconds(checkedTime) / seconds(announcedTime)))

        var lags: [Double] = []
        var head = try await storage.head(of: couple)
        var seq = try await checked.state(of: couple, for: alice.id).seq
        let area = try await checked.state(of: couple, for: alice.id).activeAreas[0].id
        for index in 0..<200 {
            let event = PendingEvent(
                at: Date(), author: alice.id, visibility: .shared,
                payload: .repair(.switchSet(area: area, on: index % 2 == 0)))
            _ = try await storage.append(AppendBatch(couple: couple, expectedSeq: seq, events: [event]))
            let acknowledged = ContinuousClock.now
            (head, seq) = (head + 1, seq + 1)
            while heard.withLock({ $0.at[head] }) == nil { try await Task.sleep(for: .microseconds(50)) }
            lags.append(seconds(heard.withLock { $0.at[head]! } - acknowledged) * 1e3)
        }
        lags.sort()
        print(
            String(
                format: "Announcement of a write reaching another instance, after its acknowledgement: median %.2f ms, "
                    + "slowest of 200 %.2f ms", lags[lags.count / 2], lags[lags.count - 1]))
    }

    /// pgbench, one client, 3,000 `INSERT`s of a 120-byte row, each its own transaction (a count, not
    /// `-T`: its timer is a signal, which a child of this process may never get).
    private static func pgbench(url: String, schema: String) throws -> Double {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-pgbench-\(UUID()).sql")
        try "INSERT INTO \(schema).pgbench_rows (body) VALUES (decode(repeat('07', 120), 'hex'));\n"
            .write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        _ = try command(
            "psql",
            [url, "-q", "-c", "CREATE TABLE \(schema).pgbench_rows (id BIGSERIAL PRIMARY KEY, body BYTEA NOT NULL)"])
        let output = try command("pgbench", ["-n", "-c", "1", "-t", "3000", "-f", script.path, url])
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("tps = ") }),
            let tps = Double(line.dropFirst(6).prefix { $0 != " " })
        else { throw BenchmarkError("pgbench printed no rate:\n\(output)") }
        return tps
    }

    private static func command(_ name: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchmarkError("\(name) failed:\n\(output)") }
        return output
    }
}

struct BenchmarkError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
