import Foundation
import TrellisCore

/// Words one partner keeps for the other until a moment both agreed on: their fears in an area,
/// until both are ready to reveal; a Transparency Window's question, until the partner joins.
/// Sealed to the recipient's public key as the author writes them (the author need not be there
/// at the moment), so only the recipient's own key opens them: never the master key. The server
/// gives them to the recipient only at that moment.
public protocol HeldForPartnerStore: Sendable {
    /// Keeps `plaintext` for `recipient` under `topic`, in place of what `author` kept there before.
    func hold(_ plaintext: Data, from author: MemberID, for recipient: MemberID, in couple: CoupleID, topic: String)
        async throws

    /// What `author` keeps for `recipient` under `topic`, opened with the recipient's key (open in
    /// this process, or `StoreError.sealed`); nil when nothing is kept there.
    func held(from author: MemberID, for recipient: MemberID, in couple: CoupleID, topic: String) async throws -> Data?

    /// Lets go of what `author` keeps under `topic` (revealed, or no longer to be).
    func release(from author: MemberID, in couple: CoupleID, topic: String) async throws
}
