import Foundation
import GRDB
import TrellisCore
import TrellisSQLite
import TrellisServer
import TrellisStore

// Measures the store against the budgets in DESIGN.md, each beside a baseline measured in the same
// run on the same machine, and prints figures and ratios. Run it in release:
//
//     swift run -c release TrellisBenchmarks
//
// Timings are for reading, never for asserting: they vary with the machine.

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trellis-bench-\(UUID())")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }

let clock = ContinuousClock()
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

let storage = try SQLiteStorage(path: directory.appendingPathComponent("trellis.sqlite").path, masterKey: .generate())
try storage.migrate()
// As `trellis serve` runs it: the only writer but for an operator's command now and then.
_ = storage.serve()
let alice = Account(id: MemberID(), email: "alice@example.org", name: "Alice", passwordHash: "-", coupleID: nil)
let now = Date()
try await storage.createAccount(
    alice,
    session: (
        Array(repeating: 1, count: 32), SessionRecord.opening(for: alice.id, at: now, expiresAt: now, client: "Bench")
    ))
let couple = CoupleID()
let start = try CoupleState().decide(.start(founderName: "Alice"), by: alice.id, at: now)
_ = try await storage.append(
    AppendBatch(couple: couple, expectedSeq: 0, events: start, effects: [.createCouple, .assign(alice.id)]))
var head = Int64(start.count)
let area = CoupleState.folding(try await storage.events(of: couple, visibleTo: alice.id)).activeAreas[0].id

// 1. Durable writes: one event per transaction, synced before it returns (BENCH_WRITES of them;
//    more for a profiler).
let writes = ProcessInfo.processInfo.environment["BENCH_WRITES"].flatMap(Int.init) ?? 300
let appendTime = try await clock.measure {
    for index in 0..<writes {
        _ = try await storage.append(
            AppendBatch(
                couple: couple, expectedSeq: head, events: [typicalEvent(index, by: alice.id, in: area, after: now)]))
        head += 1
    }
}
let baselinePool = try DatabasePool(
    path: directory.appendingPathComponent("baseline.sqlite").path,
    configuration: Configuration())
// As the store's own: the pool turns WAL on with NORMAL, so FULL is set on its writer afterwards.
try baselinePool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
try baselinePool.write { try $0.execute(sql: "CREATE TABLE rows (id INTEGER PRIMARY KEY, body BLOB NOT NULL)") }
let blob = Data(repeating: 7, count: 120)
let baselineTime = try await clock.measure {
    for _ in 0..<writes {
        try await baselinePool.write { try $0.execute(sql: "INSERT INTO rows (body) VALUES (?)", arguments: [blob]) }
    }
}
let appendRate = Double(writes) / seconds(appendTime)
let sqliteRate = Double(writes) / seconds(baselineTime)
print(
    String(
        format: "durable appends: %.0f/s; bare SQLite commits: %.0f/s; ratio %.2f", appendRate, sqliteRate,
        appendRate / sqliteRate))

// 1b. 32 writers at once, each to a couple of its own, against the same bare commits.
let writers = 32
var couples: [(CoupleID, MemberID, AreaID)] = []
for index in 0..<writers {
    let member = Account(
        id: MemberID(), email: "writer\(index)@example.org", name: "Writer", passwordHash: "-", coupleID: nil)
    try await storage.createAccount(
        member,
        session: (
            (0..<32).map { _ in UInt8.random(in: 0...255) },
            SessionRecord.opening(for: member.id, at: now, expiresAt: now, client: "Bench")
        ))
    let id = CoupleID()
    let started = try CoupleState().decide(.start(founderName: "Writer"), by: member.id, at: now)
    _ = try await storage.append(
        AppendBatch(couple: id, expectedSeq: 0, events: started, effects: [.createCouple, .assign(member.id)]))
    couples.append(
        (id, member.id, CoupleState.folding(try await storage.events(of: id, visibleTo: member.id)).activeAreas[0].id))
}
let perWriter = max(1, writes / writers) * 4
let commits = CommitCount()
storage.pool.add(transactionObserver: commits, extent: .databaseLifetime)
let concurrentTime = try await clock.measure {
    try await withThrowingTaskGroup(of: Void.self) { group in
        for (id, member, area) in couples {
            group.addTask {
                var seq = Int64(start.count)
                for index in 0..<perWriter {
                    let event = typicalEvent(index, by: member, in: area, after: now)
                    _ = try await storage.append(AppendBatch(couple: id, expectedSeq: seq, events: [event]))
                    seq += 1
                }
            }
        }
        try await group.waitForAll()
    }
}
let concurrentRate = Double(perWriter * writers) / seconds(concurrentTime)
print(
    String(
        format:
            "durable appends, %d writers to different couples: %.0f/s; ratio to one writer's bare commits %.2f; "
            + "%.1f appends per commit (one sync each)",
        writers, concurrentRate, concurrentRate / sqliteRate, Double(perWriter * writers) / Double(commits.count)))
storage.pool.remove(transactionObserver: commits)
if ProcessInfo.processInfo.environment["BENCH_ONLY_WRITES"] != nil {
    // The writes alone (Benchmarks/slow-sync/run.sh); `exit` skips the `defer` above.
    try? FileManager.default.removeItem(at: directory)
    exit(0)
}

// 2. Cold load of about ten years of one couple (20,000 events of the demo story's ordinary days):
//    from the newest snapshot plus the tail, as the server does it; beside it, the old way (read,
//    decrypt and fold everything) and reading the rows alone.
let long = try await DemoSeeder(storage: storage, now: now, hasher: PasswordHasher(cost: 4)).seedCouples(
    1, events: 20_000)[0]
_ = try await KeptFolds(storage: storage, capacity: 1).state(of: long.couple, for: long.member)  // writes a snapshot
var coldLoads: [Double] = []
var snapshotReads: [Double] = []
var fullFolds: [Double] = []
var reads: [Double] = []
let rawPool = try DatabasePool(path: directory.appendingPathComponent("trellis.sqlite").path)
for _ in 0..<7 {
    coldLoads.append(
        seconds(
            try await clock.measure {
                let state = try await KeptFolds(storage: storage, capacity: 1).state(of: long.couple, for: long.member)
                precondition(state.isMember(long.member))
            }))
    snapshotReads.append(
        seconds(
            try await clock.measure {
                let snapshot = try await storage.snapshot(of: long.couple, for: long.member)
                precondition(snapshot != nil)
            }))
    fullFolds.append(
        seconds(
            try await clock.measure {
                let state = CoupleState.folding(try await storage.events(of: long.couple, visibleTo: long.member))
                precondition(state.isMember(long.member))
            }))
    reads.append(
        seconds(
            try await clock.measure {
                let bodies = try await rawPool.read {
                    try Data.fetchAll(
                        $0, sql: "SELECT body FROM events WHERE couple_id = ?", arguments: [long.couple.description])
                }
                precondition(bodies.count == Int(long.events))
            }))
}
print(
    String(
        format:
            "cold load of %lld events from a snapshot + tail: %.1f ms (budget 20 ms), of which reading the snapshot "
            + "%.1f ms; folding all of them: %.1f ms; reading the rows alone: %.1f ms; ratio of the cold load to the "
            + "read %.1f",
        long.events, median(coldLoads) * 1000, median(snapshotReads) * 1000, median(fullFolds) * 1000,
        median(reads) * 1000, median(coldLoads) / median(reads)))
let snapshotBytes = try rawPool.read {
    try Int.fetchOne(
        $0, sql: "SELECT max(length(body)) FROM fold_snapshots WHERE couple_id = ?",
        arguments: [long.couple.description])
}
print("its snapshot: \((snapshotBytes ?? 0) / 1024) KiB sealed")

// 3. PostgreSQL, when a server is named: durable appends beside pgbench's single-row inserts.
if let url = ProcessInfo.processInfo.environment["TRELLIS_BENCH_POSTGRES_URL"] {
    try await PostgresBenchmark.run(url: url, writes: writes, seconds: seconds)
} else {
    print("PostgreSQL: set TRELLIS_BENCH_POSTGRES_URL=postgres://... to measure it beside pgbench")
}

/// Counts the writer's commits (only appends write while it watches): how many appends shared
/// each sync to disk. Touched on the writer's queue only.
final class CommitCount: TransactionObserver, @unchecked Sendable {
    private(set) var count = 0
    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }
    func databaseDidChange(with event: DatabaseEvent) {}
    func databaseDidCommit(_ db: Database) { count += 1 }
    func databaseDidRollback(_ db: Database) {}
}
