import Foundation
import TrellisLanguage

/// What a member chose to keep Trellis to themselves on a phone that others may pick up: a lock
/// before anything shows, whether the private pages ask again, and a plain look that does not say
/// "Trellis". These are the member's alone; their partner never sees them.
public struct PhonePrivacy: Sendable, Equatable {
    /// What opens a locked device. Raw values are stored: never change one.
    public enum LockKey: String, Sendable, CaseIterable {
        /// No lock: the quick exit signs the device out instead.
        case none
        /// A short code of the member's own, kept like a password.
        case code
        /// The account's password.
        case password
    }

    public static let standard = PhonePrivacy(lock: .none, privatePagesAskAgain: true, look: nil)

    public var lock: LockKey
    /// The journal, urges, signs and private fears ask for the lock again once the device's lock
    /// time has passed since it was last given, even when the rest is open.
    public var privatePagesAskAgain: Bool
    /// A neutral name and icon in place of Trellis's own; nil shows Trellis.
    public var look: DiscreetLook?

    public init(lock: LockKey, privatePagesAskAgain: Bool, look: DiscreetLook?) {
        self.lock = lock
        self.privatePagesAskAgain = privatePagesAskAgain
        self.look = look
    }

    /// Whether anything locks at all.
    public var locks: Bool { lock != .none }
}

/// A plain name and icon a glance at a tab, a home screen or a lock screen passes over. Raw values
/// are stored: never change one.
public enum DiscreetLook: String, Sendable, CaseIterable {
    case notes, lists, daily

    /// The name shown for the tab, the installed app, mail and reminders.
    public var name: String {
        switch self {
        case .notes: say("refusals.discreetLook.notes")
        case .lists: say("refusals.discreetLook.lists")
        case .daily: say("refusals.discreetLook.daily")
        }
    }
}

/// The rules for a lock code: digits or letters, long enough not to be guessed at a glance.
public enum LockCode {
    public static let lengths = 4...12

    public static func check(_ code: String) throws(StepRefusal) -> String {
        let code = code.trimmingCharacters(in: .whitespaces)
        guard lengths.contains(code.count), code.allSatisfy({ $0.isLetter || $0.isNumber }) else {
            throw .invalid("code", say("refusals.lockCode.length"))
        }
        guard Set(code).count > 1 else {
            throw .invalid("code", say("refusals.lockCode.repeated"))
        }
        return code
    }
}
