import Logging
import TrellisCore
import TrellisStore

/// What an operator needs to see an attack without seeing anyone's life: one structured line per
/// security event, naming the account only by its pseudonym (a keyed hash of its id), never by an
/// email, a name, a token, an invite code or anything a person wrote.
struct SecurityLog: Sendable {
    enum Event: String {
        case signUp = "sign_up"
        case logIn = "log_in"
        case logInFailed = "log_in_failed"
        case throttled
        case logOut = "log_out"
        case tokenRefused = "token_refused"
        case accessRefused = "access_refused"
        case inviteUsed = "invite_used"
        case memberLeft = "member_left"
        case passwordChanged = "password_changed"
        case profileChanged = "profile_changed"
        case accountClosed = "account_closed"
        case passwordResetLinkMade = "password_reset_link_made"
        case passwordResetMailed = "password_reset_mailed"
        case signUpWithTakenEmail = "sign_up_with_taken_email"
        case passwordReset = "password_reset"
        /// The password logged in but did not open the member's private key: their entries stay sealed.
        case privateKeyUnopened = "private_key_unopened"
        case privateKeyRecovered = "private_key_recovered"
        case operatorExport = "operator_export"
        case sessionEnded = "session_ended"
        case writesLimited = "writes_limited"
        case serverError = "server_error"
        /// A member set, changed or removed their lock (never the code itself).
        case lockChanged = "lock_changed"
        case unlockFailed = "unlock_failed"
    }

    let logger: Logger
    let storage: any TrellisStorage

    func record(_ event: Event, account: MemberID? = nil, address: String? = nil) {
        var metadata: Logger.Metadata = ["event": .string(event.rawValue)]
        if let account { metadata["account"] = .string(storage.pseudonym(account)) }
        if let address { metadata["address"] = .string(address) }
        logger.notice("security", metadata: metadata)
    }
}
