import Foundation
import GRDB
import TrellisCore

extension SQLiteStorage: CalendarFeedStore {
    public func replaceCalendarFeed(for member: MemberID, tokenHash: [UInt8], at time: Date) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO calendar_feeds (account_id, token_hash, created_at) VALUES (?, ?, ?)
                    ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at
                    """,
                arguments: [member.description, Data(tokenHash), time.timeIntervalSinceReferenceDate])
        }
    }

    public func revokeCalendarFeed(for member: MemberID) async throws {
        try await pool.write { db in
            try db.execute(sql: "DELETE FROM calendar_feeds WHERE account_id = ?", arguments: [member.description])
        }
    }

    public func calendarFeedOwner(tokenHash: [UInt8]) async throws -> MemberID? {
        try await pool.read { db in
            try String.fetchOne(
                db, sql: "SELECT account_id FROM calendar_feeds WHERE token_hash = ?", arguments: [Data(tokenHash)]
            ).flatMap(MemberID.init)
        }
    }
}
