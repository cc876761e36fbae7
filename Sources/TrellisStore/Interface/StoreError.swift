/// Why the store refused a write. Every refusal leaves the database as it was.
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Equatable {
        case staleSequence(current: Int64)
        case duplicateEmail
        case alreadyInCouple
        case inviteUnavailable
        case unreadable
        case badDatabaseURL
        case sealed
    }

    private let code: Code
    private init(_ code: Code) { self.code = code }

    /// Another write reached the couple's log first; `current` is where the log stands now.
    public static func staleSequence(current: Int64) -> Self { Self(.staleSequence(current: current)) }
    public static let duplicateEmail = Self(.duplicateEmail)
    /// The account already belongs to a couple (or no longer to the one named).
    public static let alreadyInCouple = Self(.alreadyInCouple)
    /// The invite was used or expired between reading it and joining with it.
    public static let inviteUnavailable = Self(.inviteUnavailable)
    /// Stored bytes failed authentication: tampered with, or sealed under another key.
    public static let unreadable = Self(.unreadable)
    /// A database address that is not `postgres://user[:password]@host[:port]/database`.
    public static let badDatabaseURL = Self(.badDatabaseURL)
    /// A member's private entries are under a key of their own that no live session of theirs
    /// has opened in this process.
    public static let sealed = Self(.sealed)

    /// Where the log stood when an append was refused as stale; nil for other refusals.
    public var currentSequence: Int64? {
        if case .staleSequence(let current) = code { return current }
        return nil
    }

    public var description: String {
        switch code {
        case .staleSequence(let current): "The couple's record has moved on (it is at \(current))."
        case .duplicateEmail: "An account with that email already exists."
        case .alreadyInCouple: "That account is already in a couple."
        case .inviteUnavailable: "That invite has been used or has expired."
        case .unreadable: "Stored data could not be decrypted."
        case .badDatabaseURL: "The database address must look like postgres://user:password@host:5432/database."
        case .sealed: "Private entries are sealed until their author signs in."
        }
    }
}
