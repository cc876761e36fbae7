import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: SessionStore {
    public func createSession(tokenHash: [UInt8], _ session: SessionRecord) async throws {
        try await pool.write { db in try self.insertSession(tokenHash: tokenHash, session, in: db) }
    }

    func insertSession(tokenHash: [UInt8], _ session: SessionRecord, in db: Database) throws {
        try db.execute(
            literal: """
                INSERT INTO sessions (token_hash, public_id, account_id, client, created_at, last_used_at, expires_at,
                                      lock_after)
                VALUES (\(Data(tokenHash)), \(session.id), \(session.account), \(session.client),
                        \(stored: session.signedInAt), \(stored: session.lastUsedAt), \(stored: session.expiresAt),
                        \(session.lock.after))
                """)
    }

    public func session(tokenHash: [UInt8]) async throws -> SignedIn? {
        try await keptSessions.session(tokenHash) { try await readSession(tokenHash: tokenHash) }
    }

    private func readSession(tokenHash: [UInt8]) async throws -> SignedIn? {
        let epoch = keys.privateKeys.epoch
        return try await pool.read { db in
            guard
                let row = try SQLRequest<Row>(
                    """
                    SELECT sessions.public_id, sessions.client, sessions.created_at AS session_created_at,
                           sessions.last_used_at, sessions.expires_at AS session_expires_at,
                           sessions.private_key AS session_private_key,
                           sessions.lock_after, sessions.locked, sessions.unlocked_at,
                           private_keys.account_id IS NOT NULL AS has_private_key,
                           private_keys.earlier_recovery_wrap IS NOT NULL AS awaits_recovery,
                           phone_privacy.lock_key, phone_privacy.lock_code_hash,
                           phone_privacy.private_pages_ask, phone_privacy.look, accounts.*
                    FROM sessions JOIN accounts ON accounts.id = sessions.account_id
                    LEFT JOIN private_keys ON private_keys.account_id = sessions.account_id
                    LEFT JOIN phone_privacy ON phone_privacy.account_id = sessions.account_id
                    WHERE sessions.token_hash = \(Data(tokenHash))
                    """
                ).fetchOne(db)
            else { return nil }
            let account = try self.decodeAccount(row)
            return SignedIn(
                session: Self.decodeSession(row, account: account.id), account: account,
                privacy: Self.decodePrivacy(row), lockCodeHash: row["lock_code_hash"],
                privateKey: SessionKeyWrap(hasKey: row["has_private_key"], wrap: row["session_private_key"]),
                awaitsRecovery: row["awaits_recovery"], keyEpoch: epoch)
        }
    }

    public func deleteSession(tokenHash: [UInt8]) async throws {
        try await pool.write { db in
            try db.execute(literal: "DELETE FROM sessions WHERE token_hash = \(Data(tokenHash))")
        }
    }

    public func touchSession(tokenHash: [UInt8], at time: Date) async throws {
        try await pool.write { db in
            try db.execute(
                literal: "UPDATE sessions SET last_used_at = \(stored: time) WHERE token_hash = \(Data(tokenHash))")
        }
    }

    public func sessions(of member: MemberID) async throws -> [SessionRecord] {
        try await pool.read { db in
            try SQLRequest<Row>(
                """
                SELECT public_id, client, created_at AS session_created_at, last_used_at,
                       expires_at AS session_expires_at, lock_after, locked, unlocked_at
                FROM sessions WHERE account_id = \(member) ORDER BY last_used_at DESC
                """
            ).fetchAll(db).map { Self.decodeSession($0, account: member) }
        }
    }

    public func deleteSession(id: String, of member: MemberID) async throws -> Bool {
        try await pool.write { db in
            try db.execute(literal: "DELETE FROM sessions WHERE public_id = \(id) AND account_id = \(member)")
            return db.changesCount > 0
        }
    }

    public func deleteSessions(of member: MemberID, keeping: [UInt8]?) async throws -> Int {
        try await pool.write { db in try self.deleteSessions(of: member, keeping: keeping, in: db) }
    }

    func deleteSessions(of member: MemberID, keeping: [UInt8]?, in db: Database) throws -> Int {
        try db.execute(
            literal:
                "DELETE FROM sessions WHERE account_id = \(member) AND token_hash IS NOT \(keeping.map { Data($0) })")
        return db.changesCount
    }

    private static func decodeSession(_ row: Row, account: MemberID) -> SessionRecord {
        let signedInAt = Date(timeIntervalSinceReferenceDate: row["session_created_at"])
        return SessionRecord(
            id: row["public_id"], account: account,
            expiresAt: Date(timeIntervalSinceReferenceDate: row["session_expires_at"]), client: row["client"],
            signedInAt: signedInAt, lastUsedAt: Date(timeIntervalSinceReferenceDate: row["last_used_at"]),
            lock: DeviceLock(
                after: row["lock_after"], locked: row["locked"],
                unlockedAt: (row["unlocked_at"] as Double?).map(Date.init(timeIntervalSinceReferenceDate:))
                    ?? signedInAt))
    }

    private static func decodePrivacy(_ row: Row) -> PhonePrivacy {
        guard let key = row["lock_key"] as String? else { return .standard }
        return PhonePrivacy(lockKey: key, privatePagesAsk: row["private_pages_ask"], look: row["look"])
    }
}
