import Foundation
import Logging
import TrellisCore
import TrellisStore

/// What an operator needs to see an attack without seeing anyone's life: one structured line per
/// security event, naming the account only by its pseudonym (a keyed hash of its id), never by an
/// email, a name, a token, an invite code or anything a person wrote. Refusals a flood repeats
/// come once a minute with a count (`RepeatedRefusals`), so the log cannot be flooded.
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
        /// A link letting a device in was mailed (after log-ins were paused).
        case deviceLinkMailed = "device_link_mailed"
        case unlockFailed = "unlock_failed"
    }

    let logger: Logger
    let storage: any Readiness
    /// Counts repeated refusals a minute at a time (`RepeatedRefusals`); nil writes every line.
    var repeats: RepeatedRefusals? = nil
    var clock: any WallClock = SystemWallClock()

    /// The refusals a flood repeats: written once a minute with a count.
    static let refusals: Set<Event> = [
        .logInFailed, .throttled, .tokenRefused, .accessRefused, .writesLimited, .unlockFailed,
    ]

    func record(_ event: Event, account: MemberID? = nil, address: String? = nil) {
        let pseudonym = account.map(storage.pseudonym)
        if let repeats, Self.refusals.contains(event) {
            let (starts, ended) = repeats.note(
                RepeatedRefusals.Key(event: event.rawValue, account: pseudonym, address: address), at: clock.now())
            write(ended)
            guard starts else { return }
        }
        logger.notice("security", metadata: Self.metadata(event.rawValue, pseudonym, address))
    }

    /// Writes the counts of the runs whose minute is over (a service calls this every little while),
    /// or of every run (at shutdown).
    func flush(all: Bool = false) {
        if let repeats { write(repeats.ended(at: all ? .distantFuture : clock.now())) }
    }

    private func write(_ runs: [(RepeatedRefusals.Key, RepeatedRefusals.Run)]) {
        for (key, run) in runs where run.more > 0 {
            var metadata = Self.metadata(key.event, key.account, key.address)
            metadata["count"] = .stringConvertible(run.more)
            metadata["first"] = .string(ISO8601DateFormatter().string(from: run.first))
            metadata["last"] = .string(ISO8601DateFormatter().string(from: run.last))
            logger.notice("security repeated", metadata: metadata)
        }
    }

    private static func metadata(_ event: String, _ account: String?, _ address: String?) -> Logger.Metadata {
        var metadata: Logger.Metadata = ["event": .string(event)]
        if let account { metadata["account"] = .string(account) }
        if let address { metadata["address"] = .string(address) }
        return metadata
    }
}
