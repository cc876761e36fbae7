import Crypto
import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: PrivateKeyStore {
    public func sealPrivateKey(of member: MemberID, password: String, session: SessionSecret) async throws
        -> RecoveryCode?
    {
        let password = try await PasswordKey.fresh(password, cost: scryptCost)
        let sealing = try await pool.write { db -> PrivateKeyRecords.Sealing? in
            // Sealing twice would strand what the first key sealed: the first one stays.
            guard try self.privateKeyRow(of: member, in: db) == nil else { return nil }
            let sealing = try PrivateKeyRecords.seal(
                member, password: password, session: session, memberKey: try self.memberKey(member, in: db),
                bodies: try self.storedPrivateBodies(of: member, in: db))
            try self.save(sealing.row, of: member, in: db)
            try self.move(sealing.moved, in: db)
            try self.setSessionWrap(sealing.sessionWrap, session, in: db)
            // Snapshots hold the member's private state under the member key: made again, not moved.
            try db.execute(literal: "DELETE FROM fold_snapshots WHERE viewer = \(member)")
            return sealing
        }
        guard let sealing else { return nil }
        keys.privateKeys.open(sealing.key, of: member)
        // The bodies as the member key sealed them may still be in the write-ahead log (the file
        // overwrites them, with secure_delete): copy its pages home and empty it, as closing does.
        if !sealing.moved.isEmpty {
            try await pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        }
        return sealing.code
    }

    public func privateKeyStatus(of member: MemberID) async throws -> PrivateKeyStatus {
        let row = try await pool.read { db in try self.privateKeyRow(of: member, in: db) }
        return PrivateKeyStatus(row, open: keys.privateKeys.key(of: member) != nil)
    }

    public func openPrivateKey(_ signedIn: SignedIn, session: SessionSecret) -> SessionKeyOpening {
        keptSessions.opening(keys.privateKeys.open(signedIn, session: session), session: session)
    }

    public func openPrivateKey(of member: MemberID, password: String, forSession session: SessionSecret)
        async throws -> Bool
    {
        guard let password = try await derive(password, asStoredFor: member) else { return false }
        let key = try await pool.write { db -> SymmetricKey? in
            let row = try self.privateKeyRow(of: member, in: db)
            guard let opened = try PrivateKeyRecords.open(row, member: member, password: password, session: session)
            else { return nil }
            try self.setSessionWrap(opened.sessionWrap, session, in: db)
            return opened.key
        }
        guard let key else { return false }
        keys.privateKeys.open(key, of: member)
        return true
    }

    public func rewrapPrivateKey(of member: MemberID, password: String) async throws {
        guard let key = keys.privateKeys.key(of: member) else { throw StoreError.sealed }
        let password = try await PasswordKey.fresh(password, cost: scryptCost)
        let wrap = try PrivateKeySeal.byPassword(key, under: password, member: member)
        try await pool.write { db in
            try db.execute(
                literal:
                    "UPDATE private_keys SET password_kdf = \(password.kdf), password_wrap = \(wrap) WHERE account_id = \(member)"
            )
        }
    }

    public func resetPrivateKey(of member: MemberID, password: String) async throws {
        let password = try await PasswordKey.fresh(password, cost: scryptCost)
        // A member from before keeps their entries under the member key until they next log in.
        try await pool.write { db in
            guard let row = try self.privateKeyRow(of: member, in: db) else { return }
            // The fresh key is not opened here: whoever resets a password never holds it.
            let (_, reset) = try PrivateKeyRecords.reset(row, member: member, password: password)
            try self.save(reset, of: member, in: db)
            try db.execute(literal: "UPDATE sessions SET private_key = NULL WHERE account_id = \(member)")
            try db.forget(Forgetting.reset(member))
        }
        keys.privateKeys.forget(member)
    }

    public func recoverPrivateKey(
        of member: MemberID, code: RecoveryCode, password: String, session: SessionSecret
    ) async throws -> Bool {
        guard let password = try await derive(password, asStoredFor: member) else { return false }
        let recovery = try await pool.write { db -> PrivateKeyRecords.Recovery? in
            guard let row = try self.privateKeyRow(of: member, in: db), row.passwordKDF == password.kdf,
                let recovery = try PrivateKeyRecords.recover(
                    row, member: member, code: code, password: password, session: session,
                    bodies: try self.storedPrivateBodies(of: member, in: db))
            else { return nil }
            try self.save(recovery.row, of: member, in: db)
            try self.move(recovery.moved, in: db)
            try db.execute(literal: "UPDATE sessions SET private_key = NULL WHERE account_id = \(member)")
            try self.setSessionWrap(recovery.sessionWrap, session, in: db)
            try db.execute(literal: "DELETE FROM fold_snapshots WHERE viewer = \(member)")
            return recovery
        }
        guard let recovery else { return false }
        keys.privateKeys.open(recovery.key, of: member)
        return true
    }

    public func renewRecoveryCode(of member: MemberID) async throws -> RecoveryCode {
        guard let key = keys.privateKeys.key(of: member) else { throw StoreError.sealed }
        let code = RecoveryCode.generate()
        let wrap = try PrivateKeySeal.byRecovery(key, code: code, member: member)
        try await pool.write { db in
            try db.execute(
                literal:
                    "UPDATE private_keys SET recovery_wrap = \(wrap) WHERE account_id = \(member) AND earlier_recovery_wrap IS NULL"
            )
            guard db.changesCount == 1 else { throw StoreError.sealed }
        }
        return code
    }

    public func forgetPrivateKey(of member: MemberID) { keys.privateKeys.forget(member) }

    public func privateKeyGeneration(of member: MemberID) -> UInt64 { keys.privateKeys.generation(of: member) }

    /// The key that seals `member`'s private bodies here: their own (open, or `sealed`), or for a
    /// member from before, the member key.
    func privateKey(_ member: MemberID, in db: Database) throws -> SymmetricKey {
        guard try privateKeyRow(of: member, in: db) != nil else { return try memberKey(member, in: db) }
        guard let key = keys.privateKeys.key(of: member) else { throw StoreError.sealed }
        return key
    }

    /// The password derived as the member's stored wrap says (before any transaction: it is slow);
    /// nil for a member without a key of their own. A password change landing between this and the
    /// transaction that uses it makes that transaction find another derivation, and open nothing.
    private func derive(_ password: String, asStoredFor member: MemberID) async throws -> PasswordKey? {
        let kdf = try await pool.read { db in try self.privateKeyRow(of: member, in: db)?.passwordKDF }
        guard let kdf else { return nil }
        return try await PasswordKey.derive(password, kdf: kdf)
    }

    func privateKeyRow(of member: MemberID, in db: Database) throws -> PrivateKeyRow? {
        try SQLRequest<Row>(
            """
            SELECT password_kdf, password_wrap, recovery_wrap, earlier_recovery_wrap, public_key, sealed_agreement_key
            FROM private_keys
            WHERE account_id = \(member)
            """
        ).fetchOne(db).map { row in
            PrivateKeyRow(
                passwordKDF: row[0], passwordWrap: row[1], recoveryWrap: row[2], earlierRecoveryWrap: row[3],
                publicKey: row[4], sealedAgreementKey: row[5])
        }
    }

    private func save(_ row: PrivateKeyRow, of member: MemberID, in db: Database) throws {
        try db.execute(
            literal: """
                INSERT INTO private_keys (
                    account_id, password_kdf, password_wrap, recovery_wrap, earlier_recovery_wrap, public_key,
                    sealed_agreement_key)
                VALUES (\(member), \(row.passwordKDF), \(row.passwordWrap), \(row.recoveryWrap), \(row.earlierRecoveryWrap), \(row.publicKey), \(row.sealedAgreementKey))
                ON CONFLICT (account_id) DO UPDATE SET password_kdf = excluded.password_kdf,
                    password_wrap = excluded.password_wrap, recovery_wrap = excluded.recovery_wrap,
                    earlier_recovery_wrap = excluded.earlier_recovery_wrap, public_key = excluded.public_key,
                    sealed_agreement_key = excluded.sealed_agreement_key
                """)
    }

    private func setSessionWrap(_ wrap: Data, _ session: SessionSecret, in db: Database) throws {
        try db.execute(literal: "UPDATE sessions SET private_key = \(wrap) WHERE token_hash = \(Data(session.hash))")
    }

    func storedPrivateBodies(of member: MemberID, in db: Database) throws -> [StoredPrivateBody] {
        try SQLRequest<Row>(
            "SELECT couple_id, seq, author, at, body FROM events WHERE stream = \(member) AND author = \(member)"
        ).fetchAll(db).map { StoredPrivateBody(couple: $0[0], seq: $0[1], author: $0[2], at: $0[3], body: $0[4]) }
    }

    private func move(_ bodies: [StoredPrivateBody], in db: Database) throws {
        for moved in bodies {
            try db.execute(
                literal:
                    "UPDATE events SET body = \(moved.body) WHERE couple_id = \(moved.couple) AND stream = \(moved.author) AND seq = \(moved.seq)"
            )
        }
    }
}
