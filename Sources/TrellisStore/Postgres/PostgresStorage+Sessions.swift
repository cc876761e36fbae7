import Foundation
import PostgresNIO
import TrellisCore

extension PostgresStorage: SessionStore {
    public func createSession(tokenHash: [UInt8], _ session: SessionRecord) async throws {
        try await write { db in try await self.insertSession(tokenHash: tokenHash, session, in: db) }
    }

    func insertSession(tokenHash: [UInt8], _ session: SessionRecord, in db: PostgresConnection) async throws {
        let (hash, id, account, client) = (Data(tokenHash), session.id, session.account.description, session.client)
        let (created, used, expires) = (
            session.signedInAt.timeIntervalSinceReferenceDate, session.lastUsedAt.timeIntervalSinceReferenceDate,
            session.expiresAt.timeIntervalSinceReferenceDate
        )
        try await db.run(
            """
            INSERT INTO sessions (token_hash, public_id, account_id, client, created_at, last_used_at, expires_at)
            VALUES (\(hash), \(id), \(account), \(client), \(created), \(used), \(expires))
            """)
    }

    public func session(tokenHash: [UInt8]) async throws -> SignedIn? {
        let hash = Data(tokenHash)
        let epoch = keys.privateKeys.epoch
        return try await read { db in
            guard
                let row = try await db.rows(
                    """
                    SELECT s.public_id, s.client, s.created_at, s.last_used_at, s.expires_at, \(unescaped: Self.accountColumns("a")),
                        p.account_id IS NOT NULL, s.private_key
                    FROM sessions s JOIN accounts a ON a.id = s.account_id
                    LEFT JOIN private_keys p ON p.account_id = s.account_id
                    WHERE s.token_hash = \(hash)
                    """
                ).first
            else { return nil }
            let c = try row.decode(
                (
                    String, String, Double, Double, Double, String, Data, Data, String, Data, String?, String, Int64,
                    Int64, Bool, Data?
                )
                .self)
            let account = try self.decodeAccount((c.5, c.6, c.7, c.8, c.9, c.10, c.11, c.12, c.13))
            return SignedIn(
                session: Self.session((c.0, c.1, c.2, c.3, c.4), of: account.id), account: account,
                privateKey: SessionKeyWrap(hasKey: c.14, wrap: c.15), keyEpoch: epoch)
        }
    }

    public func deleteSession(tokenHash: [UInt8]) async throws {
        let hash = Data(tokenHash)
        try await write { db in try await db.run("DELETE FROM sessions WHERE token_hash = \(hash)") }
    }

    public func touchSession(tokenHash: [UInt8], at time: Date) async throws {
        let (hash, used) = (Data(tokenHash), time.timeIntervalSinceReferenceDate)
        try await write { db in
            try await db.run("UPDATE sessions SET last_used_at = \(used) WHERE token_hash = \(hash)")
        }
    }

    public func sessions(of member: MemberID) async throws -> [SessionRecord] {
        try await read { db in
            try await db.rows(
                """
                SELECT public_id, client, created_at, last_used_at, expires_at FROM sessions
                WHERE account_id = \(member.description) ORDER BY last_used_at DESC
                """
            ).map { Self.session(try $0.decode((String, String, Double, Double, Double).self), of: member) }
        }
    }

    public func deleteSession(id: String, of member: MemberID) async throws -> Bool {
        try await write { db in
            try await !db.rows(
                "DELETE FROM sessions WHERE public_id = \(id) AND account_id = \(member.description) RETURNING 1"
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
            DELETE FROM sessions WHERE account_id = \(member.description) AND token_hash IS DISTINCT FROM \(kept)
            RETURNING 1
            """
        ).count
    }

    /// public_id, client, created_at, last_used_at and expires_at, in that order.
    private static func session(_ c: (String, String, Double, Double, Double), of account: MemberID) -> SessionRecord {
        SessionRecord(
            id: c.0, account: account, expiresAt: Date(timeIntervalSinceReferenceDate: c.4), client: c.1,
            signedInAt: Date(timeIntervalSinceReferenceDate: c.2), lastUsedAt: Date(timeIntervalSinceReferenceDate: c.3)
        )
    }
}
