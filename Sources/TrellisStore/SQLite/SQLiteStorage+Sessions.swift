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

    public func session(tokenHash: [UInt8]) async throws -> SessionRecord? {
        try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT account_id, expires_at FROM sessions WHERE token_hash = ?",
                    arguments: [Data(tokenHash)]),
                let account = MemberID(row["account_id"] as String)
            else { return nil }
            return SessionRecord(account: account, expiresAt: Date(timeIntervalSinceReferenceDate: row["expires_at"]))
        }
    }

    public func deleteSession(tokenHash: [UInt8]) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [Data(tokenHash)])
        }
    }
}
