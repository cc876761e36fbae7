import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: PhonePrivacyStore {
    public func phonePrivacy(of member: MemberID) async throws -> PhonePrivacy {
        try await read { db in
            guard
                let row = try await db.rows(
                    "SELECT lock_key, private_pages_ask, look FROM phone_privacy WHERE account_id = \(member)"
                ).first
            else { return .standard }
            let (key, ask, look) = try row.decode((String, Int64, String?).self)
            return PhonePrivacy(lockKey: key, privatePagesAsk: ask, look: look)
        }
    }

    public func setPhonePrivacy(_ privacy: PhonePrivacy, lockCodeHash: String?, for member: MemberID) async throws {
        // Integers, as SQLite stores them, so `trellis copy-data` moves the rows as they are.
        let (key, hash, ask, look) = (
            privacy.lock.rawValue, privacy.lock == .code ? lockCodeHash : nil,
            Int64(privacy.privatePagesAskAgain ? 1 : 0), privacy.look?.rawValue
        )
        try await write { db in
            try await db.run(
                """
                INSERT INTO phone_privacy (account_id, lock_key, lock_code_hash, private_pages_ask, look)
                VALUES (\(member), \(key), \(hash), \(ask), \(look))
                ON CONFLICT (account_id) DO UPDATE SET lock_key = excluded.lock_key,
                    lock_code_hash = excluded.lock_code_hash, private_pages_ask = excluded.private_pages_ask,
                    look = excluded.look
                """)
        }
    }

    public func setDeviceLock(_ lock: DeviceLock, tokenHash: [UInt8], usedAt: Date?) async throws {
        let (after, locked) = (Int64(lock.after), Int64(lock.locked ? 1 : 0))
        try await write { db in
            try await db.run(
                """
                UPDATE sessions SET lock_after = \(after), locked = \(locked), unlocked_at = \(stored: lock.unlockedAt),
                    last_used_at = COALESCE(\(stored: usedAt), last_used_at)
                WHERE token_hash = \(Data(tokenHash))
                """)
        }
    }
}
