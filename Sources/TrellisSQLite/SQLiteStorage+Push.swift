import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: PushSubscriptionStore {
    public func addPushSubscription(_ subscription: StoredPushSubscription, for member: MemberID, sessionHash: [UInt8])
        async throws
    {
        try await pool.write { db in
            let body = try Sealer.seal(
                try PushSubscriptionBody.encode(subscription), with: try self.memberKey(member, in: db),
                context: SealContext.push(subscription.id, member))
            try db.execute(literal: "DELETE FROM push_subscriptions WHERE session_hash = \(Data(sessionHash))")
            try db.execute(
                literal: """
                    INSERT INTO push_subscriptions (id, account_id, session_hash, body, created_at)
                    SELECT \(subscription.id), \(member), \(Data(sessionHash)), \(body), \(stored: Date()) FROM sessions WHERE token_hash = \(Data(sessionHash)) AND account_id = \(member)
                    """)
        }
    }

    public func pushSubscriptions(of member: MemberID) async throws -> [StoredPushSubscription] {
        try await pool.read { db in
            let key = try self.memberKey(member, in: db)
            return try SQLRequest<Row>(
                """
                SELECT p.id, p.body, s.public_id FROM push_subscriptions p
                JOIN sessions s ON s.token_hash = p.session_hash WHERE p.account_id = \(member) ORDER BY p.created_at
                """
            ).fetchAll(db).map { row in
                let id: String = row["id"]
                return try PushSubscriptionBody.decode(
                    try Sealer.open(row["body"], with: key, context: SealContext.push(id, member)), id: id,
                    session: row["public_id"])
            }
        }
    }

    public func deletePushSubscription(_ id: String, of member: MemberID) async throws -> Bool {
        try await pool.write { db in
            try db.execute(literal: "DELETE FROM push_subscriptions WHERE id = \(id) AND account_id = \(member)")
            return db.changesCount == 1
        }
    }
}
