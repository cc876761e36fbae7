import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: EmailCheckStore {
    public func isEmailVerified(_ member: MemberID) async throws -> Bool {
        try await read { db in
            let rows = try await db.rows("SELECT email_verified_at FROM accounts WHERE id = \(member)")
            return try rows.first.map { try $0.decode(Double?.self) != nil } ?? false
        }
    }

    public func createEmailCheck(_ check: EmailCheck, for member: MemberID) async throws {
        try await write { db in try await self.insertEmailCheck(check, for: member, in: db) }
    }

    /// As SQLite's.
    func insertEmailCheck(_ check: EmailCheck, for member: MemberID, in db: PostgresConnection) async throws {
        let (hash, id, expires) = (
            Data(check.tokenHash), member.description, check.expiresAt.timeIntervalSinceReferenceDate
        )
        try await db.run("DELETE FROM email_checks WHERE account_id = \(id)")
        try await db.run(
            "INSERT INTO email_checks (token_hash, account_id, expires_at) VALUES (\(hash), \(id), \(expires))")
        try await enqueue(check.mail, in: db)
    }

    public func completeEmailCheck(tokenHash: [UInt8], at time: Date) async throws -> MemberID? {
        let (hash, now) = (Data(tokenHash), time.timeIntervalSinceReferenceDate)
        return try await write { db in
            guard
                let id = try await db.value(
                    "SELECT account_id FROM email_checks WHERE token_hash = \(hash) AND expires_at > \(now) FOR UPDATE",
                    as: String.self)
            else { return nil }
            try await db.run("DELETE FROM email_checks WHERE account_id = \(id)")
            try await db.run("UPDATE accounts SET email_verified_at = \(now) WHERE id = \(id)")
            return MemberID(id)
        }
    }
}
