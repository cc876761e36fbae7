import Foundation
import TrellisCore
import TrellisStore

/// A member changing the name and email Trellis knows them by, or closing their account for good.
/// Both ask for the password again first.
struct AccountChanges: Sendable {
    let storage: any AccountStore & AccountClosing & EmailCheckStore
    let couples: CoupleService
    let confirmation: PasswordConfirmation
    let security: SecurityLog
    let clock: any WallClock
    /// Whether Trellis sends mail: a new address is then proven by a link, and the old one told.
    var sendsMail = false

    /// Stores the new name and email; a new name also reaches the couple's record, so the partner
    /// sees it. A taken email is refused as sign-up refuses it, which tells nothing more.
    func updateProfile(name rawName: String, email rawEmail: String, password: String, of account: Account)
        async throws -> Account
    {
        let name = try CredentialRules.name(rawName)
        let email = try CredentialRules.email(rawEmail)
        try await confirmation.check(password, of: account, field: "password")
        var change: EmailChange?
        if sendsMail, email != account.email {
            change = EmailChange(
                check: EmailChecks(storage: storage, clock: clock).check(for: account.id),
                notice: EmailChecks.mail(.emailChanged, to: account.id, secret: account.email, at: clock.now()))
        }
        do {
            try await storage.updateProfile(name: name, email: email, for: account.id, emailChange: change)
        } catch let error as StoreError where error == .duplicateEmail {
            throw TrellisError.emailTaken
        }
        if name != account.name, let couple = account.coupleID {
            _ = try await couples.perform(.rename(name: name), in: couple, by: account)
        }
        security.record(.profileChanged, account: account.id)
        guard let changed = try await storage.account(id: account.id) else { throw TrellisError.notAuthenticated }
        return changed
    }

    /// Leaves the couple (the shared record stays with the partner), then destroys the account and
    /// its key (`AccountClosing`). Cannot be undone.
    func close(_ account: Account, password: String) async throws {
        try await confirmation.check(password, of: account, field: "password")
        if let couple = account.coupleID { try await couples.leave(couple, as: account) }
        couples.forget(account.id, in: try await storage.closeAccount(account.id, at: clock.now()))
        security.record(.accountClosed, account: account.id)
    }
}
