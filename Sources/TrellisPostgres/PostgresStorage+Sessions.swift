import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: SessionStore {
    public func createSession(tokenHash: [UInt8], _ session: SessionRecord) async throws {
        try await write { db in try await self.insertSession(tokenHash: tokenHash, session, in: db) }
    }

    func insertSession(tokenHash: [UInt8], _ session: SessionRecord, in db: PostgresConnection) async throws {
        try await db.run(
            """
            INSERT INTO sessions (token_hash, public_id, account_id, client, created_at, last_used_at, expires_at,
                                  lock_after)
            VALUES (\(Data(tokenHash)), \(session.id), \(session.account), \(session.client),
                    \(stored: session.signedInAt), \(stored: session.lastUsedAt), \(stored: session.expiresAt),
                    \(Int64(session.lock.after)))
            """)
    }

    public func session(tokenHash: [UInt8]) async throws -> SignedIn? {
        try await keptSessions.session(tokenHash) { try await readSession(tokenHash: tokenHash) }
    }

    private func readSession(tokenHash: [UInt8]) async throws -> SignedIn? {
        let hash = Data(tokenHash)
        let epoch = keys.privateKeys.epoch
        return try await read { db in
            guard
                let row = try await db.rows(
                    """
                    SELECT s.public_id, s.client, s.created_at, s.last_used_at, s.expires_at, s.lock_after, s.locked,
                        s.unlocked_at, \(unescaped: Self.accountColumns("a")),
                        p.account_id IS NOT NULL, s.private_key, pp.lock_key, pp.lock_code_hash, pp.private_pages_ask, pp.look,
                        p.earlier_recovery_wrap IS NOT NULL
                    FROM sessions s JOIN accounts a ON a.id = s.account_id
                    LEFT JOIN private_keys p ON p.account_id = s.account_id
                    LEFT JOIN phone_privacy pp ON pp.account_id = s.account_id
                    WHERE s.token_hash = \(hash)
                    """
                ).first
            else { return nil }
            let c = try row.decode(
                (
                    String, String, Double, Double, Double, Int64, Int64, Double?, String, Data, Data, String, Data,
                    String?, String, Int64, Int64, String, Bool, Data?, String?, String?, Int64?, String?, Bool
                )
                .self)
            let account = try self.decodeAccount((c.8, c.9, c.10, c.11, c.12, c.13, c.14, c.15, c.16, c.17))
            let privacy = c.20.map { PhonePrivacy(lockKey: $0, privatePagesAsk: c.22 ?? 1, look: c.23) } ?? .standard
            return SignedIn(
                session: Self.session((c.0, c.1, c.2, c.3, c.4, c.5, c.6, c.7), of: account.id), account: account,
                privacy: privacy, lockCodeHash: c.21, privateKey: SessionKeyWrap(hasKey: c.18, wrap: c.19),
                awaitsRecovery: c.24, keyEpoch: epoch)
        }
    }

    public func deleteSession(tokenHash: [UInt8]) async throws {
        let hash = Data(tokenHash)
        try await write { db in try await db.run("DELETE FROM sessions WHERE token_hash = \(hash)") }
    }

    public func touchSession(tokenHash: [UInt8], at time: Date) async throws {
        try await write { db in
            try await db.run("UPDATE sessions SET last_used_at = \(stored: time) WHERE token_hash = \(Data(tokenHash))")
        }
    }

    public func sessions(of member: MemberID) async throws -> [SessionRecord] {
        try await read { db in
            try await db.rows(
                """
                SELECT public_id, client, created_at, last_used_at, expires_at, lock_after, locked, unlocked_at
                FROM sessions WHERE account_id = \(member) ORDER BY last_used_at DESC
                """
            ).map {
                Self.session(
                    try $0.decode((String, String, Double, Double, Double, Int64, Int64, Double?).self), of: member)
            }
        }
    }

    public func deleteSession(id: String, of member: MemberID) async throws -> Bool {
        try await write { db in
            try await !db.rows(
                "DELETE FROM sessions WHERE public_id = \(id) AND account_id = \(member) RETURNING 1"
            ).isEmpty
        }
    }

    public func deleteSessions(of member: MemberID, keeping: [UInt8]?) async throws -> Int {
        try await write { db in try await self.deleteSessions(of: member, keeping: keeping, in: db) }
    }

    func deleteSessions(of member: MemberID, keeping: [UInt8]?, in db: PostgresConnection) async throws -> Int {
        let kept = keeping.map { Data($0) }
        return try await db.rows(
            """
            DELETE FROM sessions WHERE account_id = \(member) AND token_hash IS DISTINCT FROM \(kept)
            RETURNING 1
            """
        ).count
    }

    /// public_id, client, created_at, last_used_at, expires_at, lock_after, locked and unlocked_at, in
    /// that order.
    private static func session(
        _ c: (String, String, Double, Double, Double, Int64, Int64, Double?), of account: MemberID
    ) -> SessionRecord {
        let signedInAt = Date(timeIntervalSinceReferenceDate: c.2)
        return SessionRecord(
            id: c.0, account: account, expiresAt: Date(timeIntervalSinceReferenceDate: c.4), client: c.1,
            signedInAt: signedInAt, lastUsedAt: Date(timeIntervalSinceReferenceDate: c.3),
            lock: DeviceLock(
                after: Int(c.5), locked: c.6 != 0,
                unlockedAt: c.7.map(Date.init(timeIntervalSinceReferenceDate:)) ?? signedInAt))
    }
}
