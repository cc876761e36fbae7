import Crypto
import Foundation
import PostgresNIO
import TrellisCore
import TrellisLanguage
import TrellisStore

extension PostgresStorage: AccountStore {
    public func createAccount(
        _ account: Account, session: (tokenHash: [UInt8], record: SessionRecord), emailCheck: EmailCheck?
    ) async throws {
        try await insertAccount(
            account, session: session, index: keys.emailIndex(account.email), proven: emailCheck == nil
        ) { db in
            if let emailCheck { try await self.insertEmailCheck(emailCheck, for: account.id, in: db) }
        }
    }

    /// As SQLite's.
    public func createAccountForTakenEmail(
        _ account: Account, session: (tokenHash: [UInt8], record: SessionRecord),
        ownerMail: @escaping @Sendable (MemberID) -> OutboxItem
    ) async throws {
        let unreachable = Data(SymmetricKey(size: .bits256).withUnsafeBytes { Array($0) })
        let index = keys.emailIndex(account.email)
        try await insertAccount(account, session: session, index: unreachable, proven: false) { db in
            if let owner = try await db.value("SELECT id FROM accounts WHERE email_index = \(index)", as: String.self)
                .flatMap(MemberID.init)
            {
                try await self.enqueue(ownerMail(owner), in: db)
            }
        }
    }

    private func insertAccount(
        _ account: Account, session: (tokenHash: [UInt8], record: SessionRecord), index: Data, proven: Bool,
        with more: @escaping @Sendable (PostgresConnection) async throws -> Void
    ) async throws {
        let (memberKey, wrappedKey) = try keys.newDataKey(owner: SealContext.memberKey(account.id))
        let sealed = try AccountSeal.seal(email: account.email, name: account.name, with: memberKey, for: account.id)
        let (id, couple) = (account.id.description, account.coupleID?.description)
        let (hash, time, rhythm) = (
            account.passwordHash, session.record.signedInAt.timeIntervalSinceReferenceDate, account.settings
        )
        let (zone, evening, pause) = (rhythm.timeZone, Int64(rhythm.eveningHour), Int64(rhythm.pauseSeconds))
        let verified: Double? = proven ? time : nil
        let language = account.language.rawValue
        do {
            try await write { db in
                try await db.run(
                    """
                    INSERT INTO accounts (id, email_index, email_sealed, name_sealed, password_hash, member_key,
                                          couple_id, created_at, time_zone, evening_hour, pause_seconds,
                                          email_verified_at, language)
                    VALUES (\(id), \(index), \(sealed.email), \(sealed.name), \(hash), \(wrappedKey), \(couple),
                            \(time), \(zone), \(evening), \(pause), \(verified), \(language))
                    """)
                try await self.insertSession(tokenHash: session.tokenHash, session.record, in: db)
                try await more(db)
            }
        } catch let error as PSQLError where error.isUniqueViolation {
            throw StoreError.duplicateEmail
        }
    }

    public func account(email: String) async throws -> Account? {
        let index = keys.emailIndex(email)
        return try await read { db in
            try await db.rows("SELECT \(unescaped: Self.accountColumns()) FROM accounts WHERE email_index = \(index)")
                .first.map { try self.decodeAccount($0) }
        }
    }

    public func account(id: MemberID) async throws -> Account? {
        try await read { db in
            try await db.rows("SELECT \(unescaped: Self.accountColumns()) FROM accounts WHERE id = \(id.description)")
                .first.map { try self.decodeAccount($0) }
        }
    }

    public func updateProfile(name: String, email: String, for member: MemberID, emailChange: EmailChange?)
        async throws
    {
        let index = keys.emailIndex(email)
        do {
            try await write { db in
                let sealed = try AccountSeal.seal(
                    email: email, name: name, with: try await self.memberKey(member, in: db), for: member)
                try await db.run(
                    """
                    UPDATE accounts SET email_index = \(index), email_sealed = \(sealed.email), name_sealed = \(sealed.name)
                    WHERE id = \(member)
                    """)
                if let emailChange {
                    try await db.run("UPDATE accounts SET email_verified_at = NULL WHERE id = \(member)")
                    try await self.insertEmailCheck(emailChange.check, for: member, in: db)
                    try await self.enqueue(emailChange.notice, in: db)
                }
            }
        } catch let error as PSQLError where error.isUniqueViolation {
            throw StoreError.duplicateEmail
        }
    }

    public func updateSettings(_ settings: MemberSettings, for member: MemberID) async throws {
        let (zone, evening, pause) = (settings.timeZone, Int64(settings.eveningHour), Int64(settings.pauseSeconds))
        try await write { db in
            try await db.run(
                """
                UPDATE accounts SET time_zone = \(zone), evening_hour = \(evening), pause_seconds = \(pause)
                WHERE id = \(member)
                """)
        }
    }

    public func updateLanguage(_ language: Language, for member: MemberID) async throws {
        let code = language.rawValue
        try await write { db in try await db.run("UPDATE accounts SET language = \(code) WHERE id = \(member)") }
    }

    public func updatePasswordHash(_ hash: String, for member: MemberID, endingSessionsBut keeping: [UInt8]?)
        async throws
    {
        try await write { db in
            try await db.run("UPDATE accounts SET password_hash = \(hash) WHERE id = \(member)")
            if let keeping { _ = try await self.deleteSessions(of: member, keeping: keeping, in: db) }
        }
    }

    func memberKey(_ member: MemberID, in db: PostgresConnection) async throws -> SymmetricKey {
        guard
            let wrapped = try await db.value(
                "SELECT member_key FROM accounts WHERE id = \(member)", as: Data.self)
        else { throw StoreError.unreadable }
        return try keys.unwrap(wrapped, owner: SealContext.memberKey(member))
    }

    /// The columns `decodeAccount` reads, in its order, of the table called `table` in the query.
    static func accountColumns(_ table: String = "accounts") -> String {
        [
            "id", "email_sealed", "name_sealed", "password_hash", "member_key", "couple_id", "time_zone",
            "evening_hour", "pause_seconds", "language",
        ].map { table + "." + $0 }.joined(separator: ", ")
    }

    typealias AccountColumns = (String, Data, Data, String, Data, String?, String, Int64, Int64, String)

    func decodeAccount(_ row: PostgresRow) throws -> Account {
        try decodeAccount(try row.decode(AccountColumns.self))
    }

    /// The values of `accountColumns`, in order.
    func decodeAccount(_ columns: AccountColumns) throws -> Account {
        let (idText, email, name, hash, wrapped, couple, zone, evening, pause, language) = columns
        guard let id = MemberID(idText) else { throw StoreError.unreadable }
        let key = try keys.unwrap(wrapped, owner: SealContext.memberKey(id))
        let opened = try AccountSeal.open(email: email, name: name, with: key, for: id)
        return Account(
            id: id, email: opened.email, name: opened.name, passwordHash: hash, coupleID: couple.flatMap(CoupleID.init),
            settings: MemberSettings(timeZone: zone, eveningHour: Int(evening), pauseSeconds: Int(pause)),
            // A code this build does not know (written by a newer one) reads as English.
            language: Language(rawValue: language) ?? .english)
    }
}
