import Foundation
import TrellisCore
import TrellisStore

/// One-click unsubscribe (RFC 8058): every nudge carries a link that pauses them all, without
/// logging in. The link names the member and is signed with a key only this installation holds,
/// so nobody can pause someone else's reminders by guessing.
enum Unsubscribe {
    static func token(for member: MemberID, signer: any Readiness) -> String {
        "\(member).\(signature(member, signer))"
    }

    /// The member a token is for, if it is one this installation made.
    static func member(of token: String, signer: any Readiness) -> MemberID? {
        let parts = token.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let member = MemberID(parts[0]),
            SecretToken.constantTimeEqual(parts[1], signature(member, signer))
        else { return nil }
        return member
    }

    /// The headers mail clients show as "Unsubscribe", and send a POST to in one click.
    static func headers(for member: MemberID, publicURL: String, signer: any Readiness) -> [(
        name: String, value: String
    )] {
        [
            ("List-Unsubscribe", "<\(publicURL)/unsubscribe/\(token(for: member, signer: signer))>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ]
    }

    private static func signature(_ member: MemberID, _ signer: any Readiness) -> String {
        SecretToken.base64URL(Array(signer.deviceSignature("unsubscribe \(member)")))
    }
}
