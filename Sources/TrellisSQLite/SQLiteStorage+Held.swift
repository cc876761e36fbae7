import Crypto
import Foundation
import GRDB
import TrellisCore
import TrellisStore

extension SQLiteStorage: HeldForPartnerStore {
    public func hold(
        _ plaintext: Data, from author: MemberID, for recipient: MemberID, in couple: CoupleID, topic: String
    ) async throws {
        let context = HeldSeal.context(couple: couple, author: author, recipient: recipient, topic: topic)
        try await pool.write { db in
            let row = try self.privateKeyRow(of: recipient, in: db)
            let (sealedTo, body) = try HeldSeal.seal(
                plaintext, context: context, recipientKeys: row,
                memberKey: row == nil ? try self.memberKey(recipient, in: db) : nil)
            try db.execute(
                literal: """
                    INSERT INTO held_for_partner (couple_id, author, recipient, topic, sealed_to, body)
                    VALUES (\(couple), \(author), \(recipient), \(topic), \(sealedTo.rawValue), \(body))
                    ON CONFLICT (couple_id, author, topic) DO UPDATE SET recipient = excluded.recipient,
                        sealed_to = excluded.sealed_to, body = excluded.body
                    """)
        }
    }

    public func held(from author: MemberID, for recipient: MemberID, in couple: CoupleID, topic: String)
        async throws -> Data?
    {
        let context = HeldSeal.context(couple: couple, author: author, recipient: recipient, topic: topic)
        return try await pool.read { db in
            guard
                let row = try SQLRequest<Row>(
                    """
                    SELECT sealed_to, body FROM held_for_partner
                    WHERE couple_id = \(couple) AND author = \(author) AND recipient = \(recipient) AND topic = \(topic)
                    """
                ).fetchOne(db)
            else { return nil }
            guard row[0] == HeldSeal.SealedTo.agreement.rawValue else {
                return try Sealer.open(row[1], with: try self.memberKey(recipient, in: db), context: context)
            }
            return try HeldSeal.open(
                row[1], context: context, recipient: recipient,
                recipientKeys: try self.privateKeyRow(of: recipient, in: db),
                privateKey: self.keys.privateKeys.key(of: recipient))
        }
    }

    public func release(from author: MemberID, in couple: CoupleID, topic: String) async throws {
        try await pool.write { db in
            try db.execute(
                literal:
                    "DELETE FROM held_for_partner WHERE couple_id = \(couple) AND author = \(author) AND topic = \(topic)"
            )
        }
    }
}
