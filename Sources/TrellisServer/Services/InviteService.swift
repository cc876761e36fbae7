import Foundation
import TrellisCore
import TrellisLanguage
import TrellisStore

/// An invite to show: its code is found by its hash, and kept sealed under its maker's key so the
/// page can show it again.
struct IssuedInvite: Sendable {
    let code: String
    let url: String
    let expiresAt: Date
}

/// Making invites for a partner, and joining a couple with one.
final class InviteService: Sendable {
    private let storage: any InviteStore
    private let couples: CoupleService
    private let clock: any WallClock
    private let settings: ServerSettings
    private let security: SecurityLog

    init(
        storage: any InviteStore, couples: CoupleService, clock: any WallClock, settings: ServerSettings,
        security: SecurityLog
    ) {
        self.security = security
        self.storage = storage
        self.couples = couples
        self.clock = clock
        self.settings = settings
    }

    func create(for couple: CoupleID, by account: Account) async throws -> IssuedInvite {
        let (state, _) = try await couples.authorised(account, couple)
        do {
            try state.requireRoomForPartner()
        } catch {
            throw TrellisError(error)
        }
        let code = SecretToken.inviteCode()
        let now = clock.now()
        let expiresAt = now.addingTimeInterval(settings.inviteLifetime)
        try await storage.createInvite(
            codeHash: Self.hash(code.value), code: code.value,
            InviteRecord(couple: couple, createdBy: account.id, expiresAt: expiresAt), at: now)
        return issued(code.value, expiresAt: expiresAt)
    }

    /// The live invite the member made for their couple, if there is one.
    func live(for couple: CoupleID, by account: Account) async throws -> IssuedInvite? {
        try await storage.liveInvite(of: couple, by: account.id, at: clock.now()).map {
            issued($0.code, expiresAt: $0.0.expiresAt)
        }
    }

    private func issued(_ code: String, expiresAt: Date) -> IssuedInvite {
        IssuedInvite(code: code, url: "\(settings.publicURL)/join/\(code)", expiresAt: expiresAt)
    }

    /// Who invited, for the join page; refuses unknown, used and expired codes.
    func inviter(of code: String) async throws -> String {
        let invite = try await usableInvite(code)
        let state = try await couples.sharedState(of: invite.couple)
        return state.members.first { $0.id == invite.createdBy }?.name ?? say("home.invite.yourPartner")
    }

    /// Joins the couple the invite is for, using the invite up in the same transaction.
    func accept(_ code: String, by account: Account) async throws -> (CoupleID, CoupleView) {
        let invite = try await usableInvite(code)
        guard account.coupleID == nil else { throw TrellisError.alreadyInCouple }
        let effects: [AppendBatch.Effect] = [
            .assign(account.id), .consumeInvite(codeHash: Self.hash(code), by: account.id, at: clock.now()),
        ]
        let joined = try await couples.commit(
            .join(name: account.name), to: invite.couple, by: account, effects: effects
        ) {
            try await self.couples.state(of: invite.couple, for: account.id)
        }
        security.record(.inviteUsed, account: account.id)
        return (invite.couple, try CoupleService.view(joined, for: account))
    }

    private func usableInvite(_ code: String) async throws -> InviteRecord {
        guard let invite = try await storage.invite(codeHash: Self.hash(code)) else { throw TrellisError.inviteUnknown }
        guard !invite.isReplaced else { throw TrellisError.inviteReplaced }
        guard invite.usedAt == nil else { throw TrellisError.inviteUsed }
        guard invite.expiresAt > clock.now() else { throw TrellisError.inviteExpired }
        return invite
    }

    private static func hash(_ code: String) -> [UInt8] {
        SecretToken.hash(SecretToken.normalisedInviteCode(code))
    }
}
