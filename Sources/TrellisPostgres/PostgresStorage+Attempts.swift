import Foundation
import PostgresNIO
import TrellisStore

extension PostgresStorage: AttemptLog {
    public func reserveAttempt(
        _ keys: [String], since: Date, at now: Date, decide: @Sendable ([String: [Date]]) -> TimeInterval?
    ) async throws -> TimeInterval? {
        // Sorted, so two instances taking the same keys' locks never wait on each other in a circle.
        let hashes = keys.map { (key: $0, hash: self.keys.attemptIndex($0)) }.sorted {
            $0.hash.lexicographicallyPrecedes($1.hash)
        }
        let (then, at) = (since.timeIntervalSinceReferenceDate, now.timeIntervalSinceReferenceDate)
        return try await write { db in
            for (_, hash) in hashes {
                let lock = hash.prefix(8).reduce(Int64(0)) { $0 << 8 | Int64($1) }
                try await db.run("SELECT pg_advisory_xact_lock(\(lock))")
            }
            try await db.run("DELETE FROM login_attempts WHERE at < \(then)")
            var recent: [String: [Date]] = [:]
            for (key, hash) in hashes {
                recent[key] = try await db.rows("SELECT at FROM login_attempts WHERE key_hash = \(hash) ORDER BY at")
                    .map { Date(timeIntervalSinceReferenceDate: try $0.decode(Double.self)) }
            }
            if let wait = decide(recent) { return wait }
            for (_, hash) in hashes {
                try await db.run("INSERT INTO login_attempts (key_hash, at) VALUES (\(hash), \(at))")
            }
            return nil
        }
    }

    public func takeBackAttempt(_ key: String, all: Bool) async throws {
        let hash = keys.attemptIndex(key)
        try await write { db in
            if all {
                try await db.run("DELETE FROM login_attempts WHERE key_hash = \(hash)")
            } else {
                try await db.run(
                    """
                    DELETE FROM login_attempts WHERE ctid =
                        (SELECT ctid FROM login_attempts WHERE key_hash = \(hash) ORDER BY at DESC LIMIT 1)
                    """)
            }
        }
    }
}
