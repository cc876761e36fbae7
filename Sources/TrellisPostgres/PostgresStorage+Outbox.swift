import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: OutboxStore {
    public func enqueue(_ item: OutboxItem) async throws {
        try await write { db in try await self.enqueue(item, in: db) }
    }

    public func enqueueOnce(_ item: OutboxItem) async throws -> Bool {
        try await write { db in try await self.enqueue(item, keepingEarlier: true, in: db) }
    }

    /// Within a transaction already open, as SQLite's.
    @discardableResult
    func enqueue(_ item: OutboxItem, keepingEarlier: Bool = false, in db: PostgresConnection) async throws -> Bool {
        var secret: Data?
        if let text = item.secret {
            secret = try Sealer.seal(
                Data(text.utf8), with: try await memberKey(item.account, in: db),
                context: SealContext.outbox(item.id, item.account))
        }
        let (id, kind, account, at) = (
            item.id, item.kind, item.account.description, item.createdAt.timeIntervalSinceReferenceDate
        )
        return try await !db.rows(
            """
            INSERT INTO outbox (id, kind, account_id, secret, created_at, next_attempt_at, status)
            VALUES (\(id), \(kind), \(account), \(secret), \(at), \(at), 'pending')
            \(unescaped: keepingEarlier ? "ON CONFLICT (id) DO NOTHING" : "") RETURNING id
            """
        ).isEmpty
    }

    /// As SQLite's; rows another instance has locked this moment are skipped, not waited for.
    public func claimDue(at time: Date, limit: Int, lease: TimeInterval) async throws -> [OutboxItem] {
        let (now, until, count) = (
            time.timeIntervalSinceReferenceDate, time.timeIntervalSinceReferenceDate + lease, Int64(limit)
        )
        return try await write { db in
            let rows = try await db.rows(
                """
                SELECT id, kind, account_id, secret, created_at, attempts FROM outbox
                WHERE status IN ('pending', 'sending') AND next_attempt_at <= \(now)
                ORDER BY next_attempt_at LIMIT \(count) FOR UPDATE SKIP LOCKED
                """)
            var items: [OutboxItem] = []
            for row in rows {
                let (id, kind, accountID, sealed, created, attempts) = try row.decode(
                    (String, String, String, Data?, Double, Int64).self)
                try await db.run(
                    """
                    UPDATE outbox SET status = 'sending', next_attempt_at = \(until), attempts = attempts + 1
                    WHERE id = \(id)
                    """)
                guard let account = MemberID(accountID) else { continue }
                var secret: String?
                if let sealed {
                    let opened = try Sealer.open(
                        sealed, with: try await memberKey(account, in: db), context: SealContext.outbox(id, account))
                    secret = String(decoding: opened, as: UTF8.self)
                }
                items.append(
                    OutboxItem(
                        id: id, kind: kind, account: account, secret: secret,
                        createdAt: Date(timeIntervalSinceReferenceDate: created), attempts: Int(attempts) + 1))
            }
            return items
        }
    }

    public func markSent(_ id: String, at time: Date) async throws {
        try await write { db in
            try await db.run("UPDATE outbox SET status = 'sent', secret = NULL, last_error = NULL WHERE id = \(id)")
        }
    }

    public func postpone(_ id: String, until time: Date) async throws {
        let at = time.timeIntervalSinceReferenceDate
        try await write { db in
            try await db.run(
                "UPDATE outbox SET status = 'pending', next_attempt_at = \(at), attempts = attempts - 1 WHERE id = \(id)"
            )
        }
    }

    public func markFailed(_ id: String, error: String, retryAt: Date?) async throws {
        try await write { db in
            if let retryAt {
                let at = retryAt.timeIntervalSinceReferenceDate
                try await db.run(
                    "UPDATE outbox SET status = 'pending', next_attempt_at = \(at), last_error = \(error) WHERE id = \(id)"
                )
            } else {
                try await db.run(
                    "UPDATE outbox SET status = 'failed', secret = NULL, last_error = \(error) WHERE id = \(id)")
            }
        }
    }

    public func outbox(status: OutboxEntry.Status?, limit: Int) async throws -> [OutboxEntry] {
        let (wanted, count) = (status?.rawValue, Int64(limit))
        return try await read { db in
            try await db.rows(
                """
                SELECT id, kind, status, attempts, created_at, last_error FROM outbox
                WHERE \(wanted)::text IS NULL OR status = \(wanted) ORDER BY created_at DESC LIMIT \(count)
                """
            ).compactMap { row in
                let (id, kind, statusText, attempts, created, lastError) = try row.decode(
                    (String, String, String, Int64, Double, String?).self)
                guard let status = OutboxEntry.Status(rawValue: statusText) else { return nil }
                return OutboxEntry(
                    id: id, kind: kind, status: status, attempts: Int(attempts),
                    createdAt: Date(timeIntervalSinceReferenceDate: created), lastError: lastError)
            }
        }
    }
}
