import Foundation

/// One private check-in on the four signs: how strongly each was there, on the author's day,
/// with an optional note. Private unless its author shares it.
public struct SignsCheckIn: Sendable, Equatable, Codable {
    public let id: CheckInID
    public let author: MemberID
    public let day: Day
    public let at: Date
    /// Each sign's level, 0 (not at all) to 4 (almost all the time).
    public let levels: [Sign: Int]
    public let note: String?
    public internal(set) var visibility: Visibility
}

/// Check-ins on the signs, as one viewer's record holds them: their own, and their partner's
/// shared ones.
public struct CheckInsState: Sendable, Equatable, Codable {
    public static let levelRange = 0...4
    public static let perDay = 5
    public static let maximumNote = 2000

    public internal(set) var checkIns: [SignsCheckIn] = []

    public init() {}

    public func checkIn(_ id: CheckInID) -> SignsCheckIn? { checkIns.first { $0.id == id } }

    mutating func record(_ checkIn: SignsCheckIn) {
        // A second record with the same id is its author sharing it.
        if let index = checkIns.firstIndex(where: { $0.id == checkIn.id }) {
            checkIns[index].visibility = checkIn.visibility
        } else {
            checkIns.append(checkIn)
        }
    }
}
