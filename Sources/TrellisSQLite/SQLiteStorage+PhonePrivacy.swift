import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: PhonePrivacyStore {
    public func phonePrivacy(of member: MemberID) async throws -> PhonePrivacy {
        try await pool.read { db in
            try SQLRequest<Row>(
                "SELECT lock_key, private_pages_ask, look FROM phone_privacy WHERE account_id = \(member)"
            ).fetchOne(db).map {
                PhonePrivacy(lockKey: $0["lock_key"], privatePagesAsk: $0["private_pages_ask"], look: $0["look"])
            }
                ?? .standard
        }
    }

    public func setPhonePrivacy(_ privacy: PhonePrivacy, lockCodeHash: String?, for member: MemberID) async throws {
        let hash = privacy.lock == .code ? lockCodeHash : nil
        try await pool.write { db in
            try db.execute(
                literal: """
                    INSERT INTO phone_privacy (account_id, lock_key, lock_code_hash, private_pages_ask, look)
                    VALUES (\(member), \(privacy.lock.rawValue), \(hash), \(privacy.privatePagesAskAgain),
                            \(privacy.look?.rawValue))
                    ON CONFLICT (account_id) DO UPDATE SET lock_key = excluded.lock_key,
                        lock_code_hash = excluded.lock_code_hash, private_pages_ask = excluded.private_pages_ask,
                        look = excluded.look
                    """)
        }
    }

    public func setDeviceLock(_ lock: DeviceLock, tokenHash: [UInt8], usedAt: Date?) async throws {
        try await pool.write { db in
            try db.execute(
                literal: """
                    UPDATE sessions SET lock_after = \(lock.after), locked = \(lock.locked),
                        unlocked_at = \(stored: lock.unlockedAt), last_used_at = COALESCE(\(stored: usedAt), last_used_at)
                    WHERE token_hash = \(Data(tokenHash))
                    """)
        }
    }
}
