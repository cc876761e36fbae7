/// A context of trust. Trust is never global: it is recorded per area and per direction.
public struct Area: Sendable, Equatable, Codable {
    public let id: AreaID
    public var name: String
    /// Archived areas leave the couple's working set but keep their history.
    public var isArchived: Bool
}
