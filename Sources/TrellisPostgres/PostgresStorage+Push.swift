import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: PushSubscriptionStore {
    /// As SQLite's.
    public func addPushSubscription(_ subscription: StoredPushSubscription, for member: MemberID, sessionHash: [UInt8])
        async throws
    {
        let (id, account, hash, now) = (
            subscription.id, member.description, Data(sessionHash), Date().timeIntervalSinceReferenceDate
        )
        try await write { db in
            let body = try Sealer.seal(
                try PushSubscriptionBody.encode(subscription), with: try await self.memberKey(member, in: db),
                context: SealContext.push(subscription.id, member))
            try await db.run("DELETE FROM push_subscriptions WHERE session_hash = \(hash)")
            try await db.run(
                """
                INSERT INTO push_subscriptions (id, account_id, session_hash, body, created_at)
                SELECT \(id), \(account), \(hash), \(body), \(now) FROM sessions
                WHERE token_hash = \(hash) AND account_id = \(account)
                """)
        }
    }

    public func pushSubscriptions(of member: MemberID) async throws -> [StoredPushSubscription] {
        try await read { db in
            let key = try await self.memberKey(member, in: db)
            return try await db.rows(
                """
                SELECT p.id, p.body, s.public_id FROM push_subscriptions p
                JOIN sessions s ON s.token_hash = p.session_hash WHERE p.account_id = \(member)
                ORDER BY p.created_at
                """
            ).map { row in
                let (id, body, session) = try row.decode((String, Data, String?).self)
                return try PushSubscriptionBody.decode(
                    try Sealer.open(body, with: key, context: SealContext.push(id, member)), id: id, session: session)
            }
        }
    }

    public func deletePushSubscription(_ id: String, of member: MemberID) async throws -> Bool {
        try await write { db in
            let deleted = try await db.rows(
                "DELETE FROM push_subscriptions WHERE id = \(id) AND account_id = \(member) RETURNING 1")
            return !deleted.isEmpty
        }
    }
}
