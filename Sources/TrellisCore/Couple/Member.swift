import Foundation

/// A partner as the couple's record knows them.
public struct Member: Sendable, Equatable, Codable {
    public let id: MemberID
    public let name: String
    public let joinedAt: Date
}
