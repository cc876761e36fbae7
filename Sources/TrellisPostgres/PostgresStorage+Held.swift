import Crypto
import Foundation
import PostgresNIO
import TrellisCore
import TrellisStore

extension PostgresStorage: HeldForPartnerStore {
    public func hold(
        _ plaintext: Data, from author: MemberID, for recipient: MemberID, in couple: CoupleID, topic: String
    ) async throws {
        let context = HeldSeal.context(couple: couple, author: author, recipient: recipient, topic: topic)
        try await write { db in
            let row = try await self.privateKeyRow(of: recipient, in: db)
            let (sealedTo, body) = try HeldSeal.seal(
                plaintext, context: context, recipientKeys: row,
                memberKey: row == nil ? try await self.memberKey(recipient, in: db) : nil)
            try await db.run(
                """
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
        return try await read { db in
            guard
                let row = try await db.rows(
                    """
                    SELECT sealed_to, body FROM held_for_partner
                    WHERE couple_id = \(couple) AND author = \(author)
                        AND recipient = \(recipient) AND topic = \(topic)
                    """
                ).first
            else { return nil }
            let (sealedTo, body) = try row.decode((String, Data).self)
            guard sealedTo == HeldSeal.SealedTo.agreement.rawValue else {
                return try Sealer.open(body, with: try await self.memberKey(recipient, in: db), context: context)
            }
            return try HeldSeal.open(
                body, context: context, recipient: recipient,
                recipientKeys: try await self.privateKeyRow(of: recipient, in: db),
                privateKey: self.keys.privateKeys.key(of: recipient))
        }
    }

    public func release(from author: MemberID, in couple: CoupleID, topic: String) async throws {
        try await write { db in
            try await db.run(
                """
                DELETE FROM held_for_partner
                WHERE couple_id = \(couple) AND author = \(author) AND topic = \(topic)
                """)
        }
    }
}
