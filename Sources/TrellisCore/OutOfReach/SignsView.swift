import Foundation

/// Check-ins on the signs as one person sees them: their own over time, as a picture per sign,
/// and what their partner chose to share.
public struct SignsView: Sendable, Equatable {
    /// The viewer's own check-ins, newest first.
    public let mine: [SignsCheckIn]
    /// The partner's shared check-ins, newest first.
    public let partners: [SignsCheckIn]
    /// Per sign, the viewer's levels in their last check-ins, oldest first (for the picture).
    public let series: [Sign: [Int]]

    /// How many check-ins the picture shows.
    public static let pictured = 12
}

extension CoupleState {
    public func signsView(for viewer: MemberID) -> SignsView {
        let mine = checkIns.checkIns.filter { $0.author == viewer }
        let recent = mine.suffix(SignsView.pictured)
        var series: [Sign: [Int]] = [:]
        for sign in Sign.allCases { series[sign] = recent.map { $0.levels[sign] ?? 0 } }
        return SignsView(
            mine: mine.reversed(),
            partners: checkIns.checkIns.filter { $0.author != viewer && $0.visibility == .shared }.reversed(),
            series: series)
    }
}
