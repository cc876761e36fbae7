import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: NudgeStore {
    public func nudgePreferences(of member: MemberID) async throws -> NudgePreferences {
        try await pool.read { db in
            try SQLRequest<Row>(
                "SELECT kinds, from_hour, until_hour, paused FROM nudge_preferences WHERE account_id = \(member)"
            ).fetchOne(db).map {
                NudgePreferences(
                    storedKinds: $0["kinds"], fromHour: $0["from_hour"], untilHour: $0["until_hour"],
                    paused: $0["paused"])
            } ?? .standard
        }
    }

    public func members(wanting kind: NudgePreferences.Kind) async throws -> [MemberID] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT account_id, kinds FROM nudge_preferences WHERE paused = 0")
                .filter { ($0["kinds"] as String).split(separator: ",").contains(Substring(kind.rawValue)) }
                .compactMap { MemberID($0["account_id"] as String) }
        }
    }

    public func setNudgePreferences(_ preferences: NudgePreferences, for member: MemberID) async throws {
        try await pool.write { db in
            try db.execute(
                literal: """
                    INSERT INTO nudge_preferences (account_id, kinds, from_hour, until_hour, paused)
                    VALUES (\(member), \(preferences.storedKinds), \(preferences.fromHour), \(preferences.untilHour), \(preferences.paused))
                    ON CONFLICT (account_id) DO UPDATE SET kinds = excluded.kinds, from_hour = excluded.from_hour,
                        until_hour = excluded.until_hour, paused = excluded.paused
                    """)
        }
    }
}
