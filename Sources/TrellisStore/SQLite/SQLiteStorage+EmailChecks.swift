import Foundation
import GRDB
import TrellisCore

extension SQLiteStorage: EmailCheckStore {
    public func isEmailVerified(_ member: MemberID) async throws -> Bool {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT email_verified_at FROM accounts WHERE id = ?", arguments: [member.description]
            ).map { ($0["email_verified_at"] as Double?) != nil } ?? false
        }
    }

    public func createEmailCheck(_ check: EmailCheck, for member: MemberID) async throws {
        try await pool.write { db in try self.insertEmailCheck(check, for: member, in: db) }
    }

    /// Within a transaction already open: replaces the member's earlier check, with its mail.
    func insertEmailCheck(_ check: EmailCheck, for member: MemberID, in db: Database) throws {
        try db.execute(sql: "DELETE FROM email_checks WHERE account_id = ?", arguments: [member.description])
        try db.execute(
            sql: "INSERT INTO email_checks (token_hash, account_id, expires_at) VALUES (?, ?, ?)",
            arguments: [Data(check.tokenHash), member.description, check.expiresAt.timeIntervalSinceReferenceDate])
        try enqueue(check.mail, in: db)
    }

    public func completeEmailCheck(tokenHash: [UInt8], at time: Date) async throws -> MemberID? {
        try await pool.write { db in
            guard
                let id = try String.fetchOne(
                    db, sql: "SELECT account_id FROM email_checks WHERE token_hash = ? AND expires_at > ?",
                    arguments: [Data(tokenHash), time.timeIntervalSinceReferenceDate])
            else { return nil }
            try db.execute(sql: "DELETE FROM email_checks WHERE account_id = ?", arguments: [id])
            try db.execute(
                sql: "UPDATE accounts SET email_verified_at = ? WHERE id = ?",
                arguments: [time.timeIntervalSinceReferenceDate, id])
            return MemberID(id)
        }
    }
}
