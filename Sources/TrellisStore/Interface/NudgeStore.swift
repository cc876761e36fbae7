import Foundation
import TrellisCore

/// Each member's choice of nudges outside the app (`NudgePreferences`).
public protocol NudgeStore: Sendable {
    /// The member's choice, or the standard one when they have made none.
    func nudgePreferences(of member: MemberID) async throws -> NudgePreferences
    func setNudgePreferences(_ preferences: NudgePreferences, for member: MemberID) async throws
    /// The members who chose `kind` and have not paused, for its scheduler.
    func members(wanting kind: NudgePreferences.Kind) async throws -> [MemberID]
}

extension NudgePreferences {
    /// As stored: the kinds' names, comma-separated.
    package var storedKinds: String { kinds.map(\.rawValue).sorted().joined(separator: ",") }

    package init(storedKinds: String, fromHour: Int, untilHour: Int, paused: Bool) {
        self.init(
            kinds: Set(storedKinds.split(separator: ",").compactMap { Kind(rawValue: String($0)) }),
            fromHour: fromHour, untilHour: untilHour, paused: paused)
    }
}
