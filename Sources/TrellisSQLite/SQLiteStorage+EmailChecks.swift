import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: EmailCheckStore {
    public func isEmailVerified(_ member: MemberID) async throws -> Bool {
        try await pool.read { db in
            try SQLRequest<Row>("SELECT email_verified_at FROM accounts WHERE id = \(member)").fetchOne(db).map {
                ($0["email_verified_at"] as Double?) != nil
            } ?? false
        }
    }

    public func createEmailCheck(_ check: EmailCheck, for member: MemberID) async throws {
        try await pool.write { db in try self.insertEmailCheck(check, for: member, in: db) }
    }

    /// Within a transaction already open: replaces the member's earlier check, with its mail.
    func insertEmailCheck(_ check: EmailCheck, for member: MemberID, in db: Database) throws {
        try db.execute(literal: "DELETE FROM email_checks WHERE account_id = \(member)")
        try db.execute(
            literal:
                "INSERT INTO email_checks (token_hash, account_id, expires_at) VALUES (\(Data(check.tokenHash)), \(member), \(stored: check.expiresAt))"
        )
        try enqueue(check.mail, in: db)
    }

    public func completeEmailCheck(tokenHash: [UInt8], at time: Date) async throws -> MemberID? {
        try await pool.write { db in
            guard
                let id = try SQLRequest<String>(
                    "SELECT account_id FROM email_checks WHERE token_hash = \(Data(tokenHash)) AND expires_at > \(stored: time)"
                ).fetchOne(db)
            else { return nil }
            try db.execute(literal: "DELETE FROM email_checks WHERE account_id = \(id)")
            try db.execute(literal: "UPDATE accounts SET email_verified_at = \(stored: time) WHERE id = \(id)")
            return MemberID(id)
        }
    }
}
