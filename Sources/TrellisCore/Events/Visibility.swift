/// Who may see an event. Shared events belong to the couple; private ones to their author alone.
public enum Visibility: String, Codable, Sendable, CaseIterable {
    case shared
    case `private`
}
