import Foundation
import TrellisCore

/// Each member's lock and look (`PhonePrivacy`), and each device's lock (`DeviceLock`) on its
/// session. A lock code is kept only as a password hash.
public protocol PhonePrivacyStore: Sendable {
    /// The member's choice, or the standard one when they have made none.
    func phonePrivacy(of member: MemberID) async throws -> PhonePrivacy
    /// Stores the member's choice; `lockCodeHash` is kept only while the lock is a code.
    func setPhonePrivacy(_ privacy: PhonePrivacy, lockCodeHash: String?, for member: MemberID) async throws
    /// Stores this device's lock; with `usedAt`, notes a use at the same time.
    func setDeviceLock(_ lock: DeviceLock, tokenHash: [UInt8], usedAt: Date?) async throws
}

extension PhonePrivacy {
    /// As stored: the lock's name, the flag as 0 or 1, the look's name or null. A lock this version
    /// does not know locks with the password, which always opens.
    package init(lockKey: String, privatePagesAsk: Int64, look: String?) {
        self.init(
            lock: LockKey(rawValue: lockKey) ?? .password, privatePagesAskAgain: privatePagesAsk != 0,
            look: look.flatMap(DiscreetLook.init))
    }
}
