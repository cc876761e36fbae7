import Foundation
import GRDB
import TrellisCore

extension SQLiteStorage: SessionStore {
    public func createSession(tokenHash: [UInt8], _ session: SessionRecord, at time: Date) async throws {
        try await pool.write { db in try self.insertSession(tokenHash: tokenHash, session, at: time, in: db) }
    }

    func insertSession(tokenHash: [UInt8], _ session: SessionRecord, at time: Date, in db: Database) throws {
        try db.execute(
            sql: "INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)",
            arguments: [
                Data(tokenHash), session.account.description, time.timeIntervalSinceReferenceDate,
                session.expiresAt.timeIntervalSinceReferenceDate,
            ])
    }

    public func session(tokenHash: [UInt8]) async throws -> SignedIn? {
        try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT sessions.expires_at AS session_expires_at, accounts.* FROM sessions
                        JOIN accounts ON accounts.id = sessions.account_id WHERE sessions.token_hash = ?
                        """,
                    arguments: [Data(tokenHash)])
            else { return nil }
            let account = try self.decodeAccount(row)
            let expiresAt = Date(timeIntervalSinceReferenceDate: row["session_expires_at"])
            return SignedIn(session: SessionRecord(account: account.id, expiresAt: expiresAt), account: account)
        }
    }

    public func deleteSession(tokenHash: [UInt8]) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [Data(tokenHash)])
        }
    }
}
