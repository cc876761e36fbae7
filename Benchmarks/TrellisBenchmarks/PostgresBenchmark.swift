import Foundation
import TrellisCore
import TrellisStore

/// With `TRELLIS_BENCH_POSTGRES_URL`: durable appends on PostgreSQL beside pgbench's own rate of
/// single-row inserts (one per transaction) against the same server, in the same run.
enum PostgresBenchmark {
    static func run(url: String, writes: Int, seconds: (Duration) -> Double) async throws {
        let schema = "bench_" + UUID().uuidString.prefix(8).lowercased()
        let storage = try PostgresStorage(
            url: url + (url.contains("?") ? "&" : "?") + "search_path=" + schema, masterKey: .generate())
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
                let event = PendingEvent(
                    at: now.addingTimeInterval(Double(index)), author: alice.id, visibility: .shared,
                    payload: .repair(.switchSet(area: area, on: index % 2 == 0)))
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

        // What a warm read pays to notice another instance's writes (the head check), beside the
        // whole warm read: the most that driving kept folds by LISTEN/NOTIFY instead could save.
        let kept = KeptFolds(storage: storage, capacity: 10)
        _ = try await kept.state(of: couple, for: alice.id)
        let reads = 2000
        let headTime = try await ContinuousClock().measure {
            for _ in 0..<reads { _ = try await storage.head(of: couple) }
        }
        let warmTime = try await ContinuousClock().measure {
            for _ in 0..<reads { _ = try await kept.state(of: couple, for: alice.id) }
        }
        print(
            String(
                format: "PostgreSQL warm read: %.0f µs, of which the head check: %.0f µs (%.0f%%)",
                seconds(warmTime) / Double(reads) * 1e6, seconds(headTime) / Double(reads) * 1e6,
                100 * seconds(headTime) / seconds(warmTime)))
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
