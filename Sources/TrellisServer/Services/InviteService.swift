import Foundation
import TrellisCore
import TrellisStore

/// An invite just made: the code is shown once and only its hash is kept.
struct IssuedInvite: Sendable {
    let code: String
    let url: String
    let expiresAt: Date
}

/// Making invites for a partner, and joining a couple with one.
final class InviteService: Sendable {
    private let storage: any TrellisStorage
    private let couples: CoupleService
    private let clock: any WallClock
    private let settings: ServerSettings

    init(storage: any TrellisStorage, couples: CoupleService, clock: any WallClock, settings: ServerSettings) {
        self.storage = storage
        self.couples = couples
        self.clock = clock
        self.settings = settings
    }

    func create(for couple: CoupleID, by account: Account) async throws -> IssuedInvite {
        let (state, _) = try await couples.authorised(account, couple)
        guard state.acceptsPartner else {
            throw TrellisError(state.formerMembers.isEmpty ? CoupleRuleError.coupleFull : .coupleClosed)
        }
        let code = SecretToken.inviteCode()
        let now = clock.now()
        let expiresAt = now.addingTimeInterval(settings.inviteLifetime)
        try await storage.createInvite(
            codeHash: Self.hash(code.value), InviteRecord(couple: couple, createdBy: account.id, expiresAt: expiresAt),
            at: now)
        return IssuedInvite(code: code.value, url: "\(settings.publicURL)/join/\(code.value)", expiresAt: expiresAt)
    }

    /// Who invited, for the join page; refuses unknown, used and expired codes.
    func inviter(of code: String) async throws -> String {
        let invite = try await usableInvite(code)
        let state = try await couples.state(of: invite.couple, for: invite.createdBy)
        return state.members.first { $0.id == invite.createdBy }?.name ?? "Your partner"
    }

    /// Joins the couple the invite is for, using the invite up in the same transaction.
    func accept(_ code: String, by account: Account) async throws -> (CoupleID, CoupleView) {
        let invite = try await usableInvite(code)
        guard account.coupleID == nil else { throw TrellisError.alreadyInCouple }
        let state = try await couples.state(of: invite.couple, for: account.id)
        let events: [PendingEvent]
        do {
            events = try state.decide(.join(name: account.name), by: account.id, at: clock.now())
        } catch {
            throw TrellisError(error)
        }
        let joined = try await couples.append(
            AppendBatch(
                couple: invite.couple, expectedSeq: state.seq, events: events,
                effects: [
                    .assign(account.id), .consumeInvite(codeHash: Self.hash(code), by: account.id, at: clock.now()),
                ]),
            onto: state)
        guard let view = joined.view(for: account.id) else { throw TrellisError.notFound }
        return (invite.couple, view)
    }

    private func usableInvite(_ code: String) async throws -> InviteRecord {
        guard let invite = try await storage.invite(codeHash: Self.hash(code)) else { throw TrellisError.inviteUnknown }
        guard invite.usedAt == nil else { throw TrellisError.inviteUsed }
        guard invite.expiresAt > clock.now() else { throw TrellisError.inviteExpired }
        return invite
    }

    private static func hash(_ code: String) -> [UInt8] {
        SecretToken.hash(SecretToken.normalisedInviteCode(code))
    }
}
