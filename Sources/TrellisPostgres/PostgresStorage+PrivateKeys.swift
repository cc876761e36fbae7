import Crypto
import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: PrivateKeyStore {
    public func sealPrivateKey(of member: MemberID, password: String, session: SessionSecret) async throws
        -> RecoveryCode?
    {
        let password = try await PasswordKey.fresh(password, cost: scryptCost)
        let sealing = try await write { db -> PrivateKeyRecords.Sealing? in
            // Sealing twice would strand what the first key sealed: the first one stays (the
            // account's row is locked, so two log-ins at once take turns here).
            try await db.run("SELECT 1 FROM accounts WHERE id = \(member) FOR UPDATE")
            guard try await self.privateKeyRow(of: member, in: db) == nil else { return nil }
            let sealing = try PrivateKeyRecords.seal(
                member, password: password, session: session, memberKey: try await self.memberKey(member, in: db),
                bodies: try await self.storedPrivateBodies(of: member, in: db))
            try await self.save(sealing.row, of: member, in: db)
            try await self.move(sealing.moved, in: db)
            try await self.setSessionWrap(sealing.sessionWrap, session, in: db)
            // Snapshots hold the member's private state under the member key: made again, not moved.
            try await db.run("DELETE FROM fold_snapshots WHERE viewer = \(member)")
            return sealing
        }
        guard let sealing else { return nil }
        keys.privateKeys.open(sealing.key, of: member)
        return sealing.code
    }

    public func privateKeyStatus(of member: MemberID) async throws -> PrivateKeyStatus {
        let row = try await read { db in try await self.privateKeyRow(of: member, in: db) }
        return PrivateKeyStatus(row, open: keys.privateKeys.key(of: member) != nil)
    }

    public func openPrivateKey(_ signedIn: SignedIn, session: SessionSecret) -> SessionKeyOpening {
        keptSessions.opening(keys.privateKeys.open(signedIn, session: session), session: session)
    }

    public func openPrivateKey(of member: MemberID, password: String, forSession session: SessionSecret)
        async throws -> Bool
    {
        guard let password = try await derive(password, asStoredFor: member) else { return false }
        let key = try await write { db -> SymmetricKey? in
            let row = try await self.privateKeyRow(of: member, in: db)
            guard let opened = try PrivateKeyRecords.open(row, member: member, password: password, session: session)
            else { return nil }
            try await self.setSessionWrap(opened.sessionWrap, session, in: db)
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
        try await write { db in
            try await db.run(
                """
                UPDATE private_keys SET password_kdf = \(password.kdf), password_wrap = \(wrap)
                WHERE account_id = \(member)
                """)
        }
    }

    public func resetPrivateKey(of member: MemberID, password: String) async throws {
        let password = try await PasswordKey.fresh(password, cost: scryptCost)
        // A member from before keeps their entries under the member key until they next log in.
        try await write { db in
            guard let row = try await self.privateKeyRow(of: member, in: db) else { return }
            // The fresh key is not opened here: whoever resets a password never holds it.
            let (_, reset) = try PrivateKeyRecords.reset(row, member: member, password: password)
            try await self.save(reset, of: member, in: db)
            try await db.run("UPDATE sessions SET private_key = NULL WHERE account_id = \(member)")
            try await db.forget(Forgetting.reset(member))
        }
        keys.privateKeys.forget(member)
    }

    public func recoverPrivateKey(
        of member: MemberID, code: RecoveryCode, password: String, session: SessionSecret
    ) async throws -> Bool {
        guard let password = try await derive(password, asStoredFor: member) else { return false }
        let recovery = try await write { db -> PrivateKeyRecords.Recovery? in
            guard let row = try await self.privateKeyRow(of: member, in: db), row.passwordKDF == password.kdf,
                let recovery = try PrivateKeyRecords.recover(
                    row, member: member, code: code, password: password, session: session,
                    bodies: try await self.storedPrivateBodies(of: member, in: db))
            else { return nil }
            try await self.save(recovery.row, of: member, in: db)
            try await self.move(recovery.moved, in: db)
            try await db.run("UPDATE sessions SET private_key = NULL WHERE account_id = \(member)")
            try await self.setSessionWrap(recovery.sessionWrap, session, in: db)
            try await db.run("DELETE FROM fold_snapshots WHERE viewer = \(member)")
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
        let renewed = try await write { db in
            try await db.rows(
                """
                UPDATE private_keys SET recovery_wrap = \(wrap)
                WHERE account_id = \(member) AND earlier_recovery_wrap IS NULL RETURNING account_id
                """
            ).count
        }
        guard renewed == 1 else { throw StoreError.sealed }
        return code
    }

    public func forgetPrivateKey(of member: MemberID) { keys.privateKeys.forget(member) }

    public func privateKeyGeneration(of member: MemberID) -> UInt64 { keys.privateKeys.generation(of: member) }

    /// The key that seals `member`'s private bodies here: their own (open, or `sealed`), or for a
    /// member from before, the member key.
    func privateKey(_ member: MemberID, in db: PostgresConnection) async throws -> SymmetricKey {
        guard try await privateKeyRow(of: member, in: db) != nil else { return try await memberKey(member, in: db) }
        guard let key = keys.privateKeys.key(of: member) else { throw StoreError.sealed }
        return key
    }

    /// The password derived as the member's stored wrap says (before any transaction: it is slow);
    /// nil for a member without a key of their own. A password change landing between this and the
    /// transaction that uses it makes that transaction find another derivation, and open nothing.
    private func derive(_ password: String, asStoredFor member: MemberID) async throws -> PasswordKey? {
        let kdf = try await read { db in try await self.privateKeyRow(of: member, in: db)?.passwordKDF }
        guard let kdf else { return nil }
        return try await PasswordKey.derive(password, kdf: kdf)
    }

    func privateKeyRow(of member: MemberID, in db: PostgresConnection) async throws -> PrivateKeyRow? {
        try await db.rows(
            """
            SELECT password_kdf, password_wrap, recovery_wrap, earlier_recovery_wrap, public_key, sealed_agreement_key
            FROM private_keys
            WHERE account_id = \(member)
            """
        ).first.map { row in
            let (kdf, wrap, recovery, earlier, publicKey, agreement) = try row.decode(
                (String, Data, Data?, Data?, Data, Data).self)
            return PrivateKeyRow(
                passwordKDF: kdf, passwordWrap: wrap, recoveryWrap: recovery, earlierRecoveryWrap: earlier,
                publicKey: publicKey, sealedAgreementKey: agreement)
        }
    }

    private func save(_ row: PrivateKeyRow, of member: MemberID, in db: PostgresConnection) async throws {
        let (kdf, wrap, recovery, earlier) = (
            row.passwordKDF, row.passwordWrap, row.recoveryWrap, row.earlierRecoveryWrap
        )
        let (publicKey, agreement) = (row.publicKey, row.sealedAgreementKey)
        try await db.run(
            """
            INSERT INTO private_keys (
                account_id, password_kdf, password_wrap, recovery_wrap, earlier_recovery_wrap, public_key,
                sealed_agreement_key)
            VALUES (\(member), \(kdf), \(wrap), \(recovery), \(earlier), \(publicKey), \(agreement))
            ON CONFLICT (account_id) DO UPDATE SET password_kdf = excluded.password_kdf,
                password_wrap = excluded.password_wrap, recovery_wrap = excluded.recovery_wrap,
                earlier_recovery_wrap = excluded.earlier_recovery_wrap, public_key = excluded.public_key,
                sealed_agreement_key = excluded.sealed_agreement_key
            """)
    }

    private func setSessionWrap(_ wrap: Data, _ session: SessionSecret, in db: PostgresConnection) async throws {
        try await db.run("UPDATE sessions SET private_key = \(wrap) WHERE token_hash = \(Data(session.hash))")
    }

    func storedPrivateBodies(of member: MemberID, in db: PostgresConnection) async throws -> [StoredPrivateBody] {
        let id = member.description
        return try await db.rows(
            "SELECT couple_id, seq, author, at, body FROM events WHERE stream = \(id) AND author = \(id)"
        )
        .map { row in
            let (couple, seq, author, at, body) = try row.decode((String, Int64, String, Double, Data).self)
            return StoredPrivateBody(couple: couple, seq: seq, author: author, at: at, body: body)
        }
    }

    private func move(_ bodies: [StoredPrivateBody], in db: PostgresConnection) async throws {
        for moved in bodies {
            try await db.run(
                """
                UPDATE events SET body = \(moved.body)
                WHERE couple_id = \(moved.couple) AND stream = \(moved.author) AND seq = \(moved.seq)
                """)
        }
    }
}
