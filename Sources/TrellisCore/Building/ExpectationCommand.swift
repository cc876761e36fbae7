import Foundation

/// A step in aligning expectations; new ids come with the command. There is no step that asks
/// the partner to disclose anything: a promise to tell is made by the one who tells.
public enum ExpectationCommand: Sendable, Equatable {
    /// Words for an area; with `promise`, a promise the proposer makes about themselves.
    case propose(id: ExpectationID, area: AreaID, words: String, promise: Bool, reviewOn: Day?)
    /// Other words, proposed as the next version (for a promise, only by the promiser).
    case reword(id: ExpectationID, words: String, reviewOn: Day?)
    /// Agree to the proposed version, named so stale words are never agreed by mistake.
    case agree(id: ExpectationID, version: Int)
    case decline(id: ExpectationID, version: Int)
    case withdrawConsent(id: ExpectationID)
    case disclose(id: ExpectationID, disclosure: UUID, text: String)
    case thank(id: ExpectationID, disclosure: UUID)
}
