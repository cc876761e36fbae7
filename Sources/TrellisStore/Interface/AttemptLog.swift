import Foundation

/// Attempts at a password, kept in the database so every instance over it counts the same ones:
/// guessing is limited per account, device and address however many instances answer. Keys
/// (which hold emails and network addresses) are stored only as keyed hashes.
public protocol AttemptLog: Sendable {
    /// In one transaction no other reservation of these keys interleaves with: the times of each
    /// key's attempts since `since` go to `decide`; when it answers nil, `now` is recorded for every
    /// key and nil is returned; otherwise nothing is written and its wait comes back.
    func reserveAttempt(
        _ keys: [String], since: Date, at now: Date, decide: @Sendable ([String: [Date]]) -> TimeInterval?
    ) async throws -> TimeInterval?

    /// A correct password: the key's newest attempt is taken back, or with `all`, every one.
    func takeBackAttempt(_ key: String, all: Bool) async throws
}
