import Foundation

/// Check-ins on the signs as one person sees them: their own over time, as a picture per sign,
/// and what their partner chose to share.
public struct SignsView: Sendable, Equatable {
    /// The viewer's own check-ins, the newest `ListLimit.checkIns`, newest first.
    public let mine: Recent<SignsCheckIn>
    /// The partner's shared check-ins, as many, newest first.
    public let partners: Recent<SignsCheckIn>
    /// Per sign, the viewer's levels in their last check-ins, oldest first (for the picture).
    public let series: [Sign: [Int]]

    /// How many check-ins the picture shows.
    public static let pictured = 12

    /// The names of its lists in a `ListCursor`.
    public enum List {
        public static let mine = "mine"
        public static let partners = "partners"
    }
}

extension CoupleState {
    /// The viewer's check-ins and their partner's shared ones; `earlier` pages one list back.
    public func signsView(for viewer: MemberID, earlier: ListCursor? = nil) -> SignsView {
        let pictured = checkIns.checkIns.recent(
            SignsView.pictured, list: SignsView.List.mine, where: { $0.author == viewer })
        var series: [Sign: [Int]] = [:]
        for sign in Sign.allCases { series[sign] = pictured.items.reversed().map { $0.levels[sign] ?? 0 } }
        return SignsView(
            mine: checkIns.checkIns.recent(
                ListLimit.checkIns, list: SignsView.List.mine, before: earlier, where: { $0.author == viewer }),
            partners: checkIns.checkIns.recent(
                ListLimit.checkIns, list: SignsView.List.partners, before: earlier,
                where: { $0.author != viewer && $0.visibility == .shared }),
            series: series)
    }
}
