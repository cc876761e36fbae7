import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: SeenStore {
    public func markSeen(_ keys: [String], by member: MemberID, at time: Date) async throws {
        guard !keys.isEmpty else { return }
        try await pool.write { db in
            for key in keys {
                try db.execute(
                    literal:
                        "INSERT OR IGNORE INTO seen_marks (account_id, key, seen_at) VALUES (\(member), \(key), \(stored: time))"
                )
            }
        }
    }

    public func seen(_ keys: [String], by member: MemberID) async throws -> Set<String> {
        guard !keys.isEmpty else { return [] }
        return try await pool.read { db in
            return Set(
                try SQLRequest<String>("SELECT key FROM seen_marks WHERE account_id = \(member) AND key IN \(keys)")
                    .fetchAll(db))
        }
    }
}
