import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: NudgeStore {
    public func nudgePreferences(of member: MemberID) async throws -> NudgePreferences {
        try await read { db in
            guard
                let row = try await db.rows(
                    """
                    SELECT kinds, from_hour, until_hour, paused FROM nudge_preferences
                    WHERE account_id = \(member)
                    """
                ).first
            else { return .standard }
            // Integers, as SQLite stores them, so `trellis copy-data` moves the rows as they are.
            let (kinds, from, until, paused) = try row.decode((String, Int64, Int64, Int64).self)
            return NudgePreferences(storedKinds: kinds, fromHour: Int(from), untilHour: Int(until), paused: paused != 0)
        }
    }

    public func members(wanting kind: NudgePreferences.Kind) async throws -> [MemberID] {
        try await read { db in
            try await db.rows("SELECT account_id, kinds FROM nudge_preferences WHERE paused = 0").compactMap { row in
                let (id, kinds) = try row.decode((String, String).self)
                return kinds.split(separator: ",").contains(Substring(kind.rawValue)) ? MemberID(id) : nil
            }
        }
    }

    public func setNudgePreferences(_ preferences: NudgePreferences, for member: MemberID) async throws {
        let (id, kinds) = (member.description, preferences.storedKinds)
        let (from, until, paused) = (
            Int64(preferences.fromHour), Int64(preferences.untilHour), Int64(preferences.paused ? 1 : 0)
        )
        try await write { db in
            try await db.run(
                """
                INSERT INTO nudge_preferences (account_id, kinds, from_hour, until_hour, paused)
                VALUES (\(id), \(kinds), \(from), \(until), \(paused))
                ON CONFLICT (account_id) DO UPDATE SET kinds = excluded.kinds, from_hour = excluded.from_hour,
                    until_hour = excluded.until_hour, paused = excluded.paused
                """)
        }
    }
}
