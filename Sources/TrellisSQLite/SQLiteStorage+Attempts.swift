import Foundation
import GRDB
import TrellisStore

extension SQLiteStorage: AttemptLog {
    public func reserveAttempt(
        _ keys: [String], since: Date, at now: Date, decide: @Sendable ([String: [Date]]) -> TimeInterval?
    ) async throws -> TimeInterval? {
        let hashes = keys.map { (key: $0, hash: self.keys.attemptIndex($0)) }
        let (then, at) = (since.timeIntervalSinceReferenceDate, now.timeIntervalSinceReferenceDate)
        // SQLite runs one write transaction at a time, across processes too: read, decide, record.
        return try await pool.write { db in
            try db.execute(literal: "DELETE FROM login_attempts WHERE at < \(then)")
            var recent: [String: [Date]] = [:]
            for (key, hash) in hashes {
                recent[key] = try SQLRequest<Double>(
                    "SELECT at FROM login_attempts WHERE key_hash = \(hash) ORDER BY at"
                ).fetchAll(db).map(Date.init(timeIntervalSinceReferenceDate:))
            }
            if let wait = decide(recent) { return wait }
            for (_, hash) in hashes {
                try db.execute(literal: "INSERT INTO login_attempts (key_hash, at) VALUES (\(hash), \(at))")
            }
            return nil
        }
    }

    public func takeBackAttempt(_ key: String, all: Bool) async throws {
        let hash = keys.attemptIndex(key)
        try await pool.write { db in
            if all {
                try db.execute(literal: "DELETE FROM login_attempts WHERE key_hash = \(hash)")
            } else {
                try db.execute(
                    literal: """
                        DELETE FROM login_attempts WHERE rowid =
                            (SELECT rowid FROM login_attempts WHERE key_hash = \(hash) ORDER BY at DESC LIMIT 1)
                        """)
            }
        }
    }
}
