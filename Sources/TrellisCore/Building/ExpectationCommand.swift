import Foundation

/// A step in aligning expectations; new ids come with the command. There is no step that asks
/// the partner to disclose anything: a promise to tell is made by the one who tells.
public enum ExpectationCommand: Sendable, Equatable {
    /// Words for an area; with `promise`, a promise the proposer makes about themselves.
    case propose(id: UUID, area: AreaID, words: String, promise: Bool, reviewOn: Day?)
    /// Other words, proposed as the next version (for a promise, only by the promiser).
    case reword(id: UUID, words: String, reviewOn: Day?)
    /// Agree to the proposed version, named so stale words are never agreed by mistake.
    case agree(id: UUID, version: Int)
    case decline(id: UUID, version: Int)
    case withdrawConsent(id: UUID)
    case disclose(id: UUID, disclosure: UUID, text: String)
    case thank(id: UUID, disclosure: UUID)
}
