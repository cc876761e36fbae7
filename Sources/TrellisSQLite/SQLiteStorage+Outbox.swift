import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: OutboxStore {
    public func enqueue(_ item: OutboxItem) async throws {
        try await pool.write { db in try self.enqueue(item, in: db) }
    }

    public func enqueueOnce(_ item: OutboxItem) async throws -> Bool {
        try await pool.write { db in
            try self.enqueue(item, keepingEarlier: true, in: db)
            return db.changesCount > 0
        }
    }

    /// Within a transaction already open: the message is written with what causes it, or not at
    /// all; `keepingEarlier`, one already written with the same id stands instead.
    func enqueue(_ item: OutboxItem, keepingEarlier: Bool = false, in db: Database) throws {
        let secret = try item.secret.map {
            try Sealer.seal(
                Data($0.utf8), with: try self.memberKey(item.account, in: db),
                context: SealContext.outbox(item.id, item.account))
        }
        let at = item.createdAt.timeIntervalSinceReferenceDate
        try db.execute(
            literal: """
                INSERT \(sql: keepingEarlier ? "OR IGNORE " : "")INTO outbox
                    (id, kind, account_id, secret, created_at, next_attempt_at, status)
                VALUES (\(item.id), \(item.kind), \(item.account), \(secret), \(at), \(at), 'pending')
                """)
    }

    public func claimDue(at time: Date, limit: Int, lease: TimeInterval) async throws -> [OutboxItem] {
        let now = time.timeIntervalSinceReferenceDate
        return try await pool.write { db in
            // One writer at a time: what this transaction claims, no other sender sees as due.
            let rows = try SQLRequest<Row>(
                """
                SELECT id, kind, account_id, secret, created_at, attempts FROM outbox
                WHERE status IN ('pending', 'sending') AND next_attempt_at <= \(now)
                ORDER BY next_attempt_at LIMIT \(limit)
                """
            ).fetchAll(db)
            var items: [OutboxItem] = []
            for row in rows {
                let id: String = row["id"]
                try db.execute(
                    literal:
                        "UPDATE outbox SET status = 'sending', next_attempt_at = \(now + lease), attempts = attempts + 1 WHERE id = \(id)"
                )
                guard let account = MemberID(row["account_id"] as String) else { continue }
                let secret = try (row["secret"] as Data?).map {
                    String(
                        decoding: try Sealer.open(
                            $0, with: try self.memberKey(account, in: db), context: SealContext.outbox(id, account)),
                        as: UTF8.self)
                }
                items.append(
                    OutboxItem(
                        id: id, kind: row["kind"], account: account, secret: secret,
                        createdAt: Date(timeIntervalSinceReferenceDate: row["created_at"]),
                        attempts: (row["attempts"] as Int) + 1))
            }
            return items
        }
    }

    public func markSent(_ id: String, at time: Date) async throws {
        try await pool.write { db in
            // The token is of no more use once it has left: gone from the outbox.
            try db.execute(
                literal: "UPDATE outbox SET status = 'sent', secret = NULL, last_error = NULL WHERE id = \(id)")
        }
    }

    public func postpone(_ id: String, until time: Date) async throws {
        try await pool.write { db in
            try db.execute(
                literal:
                    "UPDATE outbox SET status = 'pending', next_attempt_at = \(stored: time), attempts = attempts - 1 WHERE id = \(id)"
            )
        }
    }

    public func markFailed(_ id: String, error: String, retryAt: Date?) async throws {
        try await pool.write { db in
            if let retryAt {
                try db.execute(
                    literal:
                        "UPDATE outbox SET status = 'pending', next_attempt_at = \(stored: retryAt), last_error = \(error) WHERE id = \(id)"
                )
            } else {
                try db.execute(
                    literal:
                        "UPDATE outbox SET status = 'failed', secret = NULL, last_error = \(error) WHERE id = \(id)")
            }
        }
    }

    public func outbox(status: OutboxEntry.Status?, limit: Int) async throws -> [OutboxEntry] {
        try await pool.read { db in
            try SQLRequest<Row>(
                """
                SELECT id, kind, status, attempts, created_at, last_error FROM outbox
                WHERE \(status?.rawValue) IS NULL OR status = \(status?.rawValue) ORDER BY created_at DESC LIMIT \(limit)
                """
            ).fetchAll(db).compactMap(Self.entry)
        }
    }

    static func entry(_ row: Row) -> OutboxEntry? {
        guard let status = OutboxEntry.Status(rawValue: row["status"]) else { return nil }
        return OutboxEntry(
            id: row["id"], kind: row["kind"], status: status, attempts: row["attempts"],
            createdAt: Date(timeIntervalSinceReferenceDate: row["created_at"]), lastError: row["last_error"])
    }
}
