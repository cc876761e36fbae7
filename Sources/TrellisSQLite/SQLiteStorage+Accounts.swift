import Crypto
import Foundation
import GRDB
import TrellisCore
import TrellisLanguage
import TrellisStore

extension SQLiteStorage: AccountStore {
    public func createAccount(
        _ account: Account, session: (tokenHash: [UInt8], record: SessionRecord), emailCheck: EmailCheck?
    ) async throws {
        try await insertAccount(
            account, session: session, index: keys.emailIndex(account.email), proven: emailCheck == nil
        ) { db in
            if let emailCheck { try self.insertEmailCheck(emailCheck, for: account.id, in: db) }
        }
    }

    public func createAccountForTakenEmail(
        _ account: Account, session: (tokenHash: [UInt8], record: SessionRecord),
        ownerMail: @escaping @Sendable (MemberID) -> OutboxItem
    ) async throws {
        // An index no address hashes to: no log-in or reset by email ever finds this account.
        let unreachable = Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
        let index = keys.emailIndex(account.email)
        try await insertAccount(account, session: session, index: unreachable, proven: false) { db in
            if let owner = try SQLRequest<String>("SELECT id FROM accounts WHERE email_index = \(index)").fetchOne(db)
                .flatMap(MemberID.init)
            {
                try self.enqueue(ownerMail(owner), in: db)
            }
        }
    }

    private func insertAccount(
        _ account: Account, session: (tokenHash: [UInt8], record: SessionRecord), index: Data, proven: Bool,
        with more: @escaping @Sendable (Database) throws -> Void
    ) async throws {
        let time = session.record.signedInAt.timeIntervalSinceReferenceDate
        let (memberKey, wrappedKey) = try keys.newDataKey(owner: SealContext.memberKey(account.id))
        let sealed = try AccountSeal.seal(email: account.email, name: account.name, with: memberKey, for: account.id)
        do {
            try await pool.write { db in
                try db.execute(
                    literal: """
                        INSERT INTO accounts (id, email_index, email_sealed, name_sealed, password_hash, member_key,
                                              couple_id, created_at, time_zone, evening_hour, pause_seconds,
                                              email_verified_at, language)
                        VALUES (\(account.id), \(index), \(sealed.email), \(sealed.name), \(account.passwordHash), \(wrappedKey), \(account.coupleID?.description), \(time), \(account.settings.timeZone), \(account.settings.eveningHour), \(account.settings.pauseSeconds), \(proven ? time : nil), \(account.language.rawValue))
                        """)
                try self.insertSession(tokenHash: session.tokenHash, session.record, in: db)
                try more(db)
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreError.duplicateEmail
        }
    }

    public func account(email: String) async throws -> Account? {
        try await pool.read { db in
            try SQLRequest<Row>("SELECT * FROM accounts WHERE email_index = \(self.keys.emailIndex(email))").fetchOne(
                db
            ).map { try self.decodeAccount($0) }
        }
    }

    public func account(id: MemberID) async throws -> Account? {
        try await pool.read { db in
            try SQLRequest<Row>("SELECT * FROM accounts WHERE id = \(id)").fetchOne(db)
                .map { try self.decodeAccount($0) }
        }
    }

    public func updateProfile(name: String, email: String, for member: MemberID, emailChange: EmailChange?)
        async throws
    {
        do {
            try await pool.write { db in
                let sealed = try AccountSeal.seal(
                    email: email, name: name, with: try self.memberKey(member, in: db), for: member)
                try db.execute(
                    literal:
                        "UPDATE accounts SET email_index = \(self.keys.emailIndex(email)), email_sealed = \(sealed.email), name_sealed = \(sealed.name) WHERE id = \(member)"
                )
                if let emailChange {
                    try db.execute(literal: "UPDATE accounts SET email_verified_at = NULL WHERE id = \(member)")
                    try self.insertEmailCheck(emailChange.check, for: member, in: db)
                    try self.enqueue(emailChange.notice, in: db)
                }
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw StoreError.duplicateEmail
        }
    }

    public func updateSettings(_ settings: MemberSettings, for member: MemberID) async throws {
        try await pool.write { db in
            try db.execute(
                literal:
                    "UPDATE accounts SET time_zone = \(settings.timeZone), evening_hour = \(settings.eveningHour), pause_seconds = \(settings.pauseSeconds) WHERE id = \(member)"
            )
        }
    }

    public func updateLanguage(_ language: Language, for member: MemberID) async throws {
        try await pool.write { db in
            try db.execute(literal: "UPDATE accounts SET language = \(language.rawValue) WHERE id = \(member)")
        }
    }

    public func updatePasswordHash(_ hash: String, for member: MemberID, endingSessionsBut keeping: [UInt8]?)
        async throws
    {
        try await pool.write { db in
            try db.execute(literal: "UPDATE accounts SET password_hash = \(hash) WHERE id = \(member)")
            if let keeping { _ = try self.deleteSessions(of: member, keeping: keeping, in: db) }
        }
    }

    func memberKey(_ member: MemberID, in db: Database) throws -> SymmetricKey {
        guard
            let wrapped = try SQLRequest<Data>("SELECT member_key FROM accounts WHERE id = \(member)").fetchOne(db)
        else { throw StoreError.unreadable }
        return try keys.unwrap(wrapped, owner: SealContext.memberKey(member))
    }

    func decodeAccount(_ row: Row) throws -> Account {
        guard let id = MemberID(row["id"] as String) else { throw StoreError.unreadable }
        let key = try keys.unwrap(row["member_key"], owner: SealContext.memberKey(id))
        let opened = try AccountSeal.open(email: row["email_sealed"], name: row["name_sealed"], with: key, for: id)
        return Account(
            id: id, email: opened.email, name: opened.name,
            passwordHash: row["password_hash"], coupleID: (row["couple_id"] as String?).flatMap(CoupleID.init),
            settings: MemberSettings(
                timeZone: row["time_zone"], eveningHour: row["evening_hour"], pauseSeconds: row["pause_seconds"]),
            // A code this build does not know (written by a newer one) reads as English.
            language: Language(rawValue: row["language"]) ?? .english)
    }
}
