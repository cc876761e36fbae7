import Crypto
import Foundation
import PostgresNIO
import TrellisCore

extension PostgresStorage: HeldForPartnerStore {
    public func hold(
        _ plaintext: Data, from author: MemberID, for recipient: MemberID, in couple: CoupleID, topic: String
    ) async throws {
        let context = HeldSeal.context(couple: couple, author: author, recipient: recipient, topic: topic)
        try await write { db in
            let (sealedTo, body): (String, Data)
            if let row = try await self.privateKeyRow(of: recipient, in: db) {
                (sealedTo, body) = ("agreement", try HeldSeal.seal(plaintext, to: row.publicKey, context: context))
            } else {
                let key = try await self.memberKey(recipient, in: db)
                (sealedTo, body) = ("member", try Sealer.seal(plaintext, with: key, context: context))
            }
            try await db.run(
                """
                INSERT INTO held_for_partner (couple_id, author, recipient, topic, sealed_to, body)
                VALUES (\(couple), \(author), \(recipient), \(topic), \(sealedTo), \(body))
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
            guard sealedTo == "agreement" else {
                return try Sealer.open(body, with: try await self.memberKey(recipient, in: db), context: context)
            }
            guard let keys = try await self.privateKeyRow(of: recipient, in: db),
                let key = self.keys.privateKeys.key(of: recipient)
            else { throw StoreError.sealed }
            let agreement = try HeldSeal.openAgreementKey(keys.sealedAgreementKey, with: key, member: recipient)
            return try HeldSeal.open(body, with: agreement, context: context)
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
