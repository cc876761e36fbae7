import Foundation
import TrellisCore

/// Private entries sealed under a key of the member's own, which the master key cannot open: it
/// is wrapped under their password, under each live session's token, and under a recovery code.
/// A process holds a member's key in memory only once a session or the password opened it there.
///
/// A member from before has their private entries under their master-wrapped member key until
/// `sealPrivateKey` moves them (at their next log-in). Every method refuses an account that has
/// no row, and none of them ever writes a key or a secret in clear.
public protocol PrivateKeyStore: Sendable {
    /// Gives the member a private key of their own (moving their private entries under it, if any
    /// were under the member key), wrapped under `password`, under the session whose token is
    /// `session`, and under a new recovery code, which is returned to be shown once. The key is
    /// open in this process afterwards. Nil, with nothing written, when the member has a key of
    /// their own already (another log-in of theirs gave it a moment ago): open that one instead.
    func sealPrivateKey(of member: MemberID, password: String, session: SessionSecret) async throws -> RecoveryCode?

    /// Where the member's private entries stand, for this process.
    func privateKeyStatus(of member: MemberID) async throws -> PrivateKeyStatus

    /// Makes the member's private entries readable in this process for a live session: their key,
    /// opened with the session's token from the wrap read with the session (each request, so a
    /// reset or recovery on another instance counts at once). See `SessionKeyOpening`.
    func openPrivateKey(_ signedIn: SignedIn, session: SessionSecret) -> SessionKeyOpening

    /// At log-in: opens the key with the password and wraps it for the new session. False when the
    /// password does not open it (after an operator's reset, until the recovery code is entered).
    func openPrivateKey(of member: MemberID, password: String, forSession session: SessionSecret) async throws -> Bool

    /// After a password change, with the key open: wraps it under the new password.
    func rewrapPrivateKey(of member: MemberID, password: String) async throws

    /// Whoever runs Trellis set a new password: the member gets a fresh key under it, and what the
    /// old key sealed stays sealed, with its recovery wrap kept, until `recover` opens it.
    func resetPrivateKey(of member: MemberID, password: String) async throws

    /// With the recovery code: opens the key it wraps (the one from before a reset, if any, with
    /// what the interim key sealed moved under it), wraps it under `password` and the session, and
    /// opens it here. False when the code does not open it; nothing changes then.
    func recoverPrivateKey(of member: MemberID, code: RecoveryCode, password: String, session: SessionSecret)
        async throws -> Bool

    /// A new recovery code in place of the old one, with the key open.
    func renewRecoveryCode(of member: MemberID) async throws -> RecoveryCode

    /// Lets go of the member's key in this process (their last session here ended).
    func forgetPrivateKey(of member: MemberID)

    /// Changes whenever the member's key is opened anew, replaced or let go in this process; 0
    /// while it is not open. State folded under one generation is not served under another.
    func privateKeyGeneration(of member: MemberID) -> UInt64
}

public enum PrivateKeyStatus: Sendable, Equatable {
    /// From before: the private entries are under the master-wrapped member key.
    case masterWrapped
    /// A key of their own, open in this process or not.
    case own(open: Bool)
    /// After an operator's reset: older private entries wait for the recovery code.
    case awaitingRecovery(open: Bool)

    /// Whether private entries from before a password reset wait for the recovery code.
    public var awaitsRecovery: Bool {
        if case .awaitingRecovery = self { return true }
        return false
    }
}

/// What a signed-in session's wrap did for its member's private key.
public enum SessionKeyOpening: Sendable, Equatable {
    /// Open in this process (or nothing to open: a member from before).
    case opened
    /// The member has a key of their own and this session holds no wrap of it (it began before
    /// the key was theirs alone, or an operator's reset ended it); the key was let go here.
    case sessionHoldsNone
    /// The key changed here while the session was being read (a recovery, a reset, a log-out):
    /// read the session again rather than act on what it held before.
    case readAgain
}
