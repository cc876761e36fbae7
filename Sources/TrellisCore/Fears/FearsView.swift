import Foundation

/// One area's core fears as one partner sees them: their own, their partner's shared ones, and
/// where each stands on revealing together.
public struct AreaFears: Sendable, Equatable {
    public let area: Area
    /// The viewer's own fears, private and shared.
    public let mine: [CoreFear]
    /// What the partner has shared here; never their private fears, nor how many there are.
    public let partners: [CoreFear]
    public let iAmWaiting: Bool
    /// The partner said "when you share yours": all that can be known before both are ready.
    public let partnerIsReady: Bool
}

extension CoupleState {
    /// Every open area's core fears, as `viewer` may see them.
    public func fearsView(for viewer: MemberID) -> [AreaFears] {
        let partner = partner(of: viewer)?.id
        return activeAreas.map { area in
            AreaFears(
                area: area, mine: fears.fears(of: viewer, in: area.id),
                partners: partner.map { fears.fears(of: $0, in: area.id).filter { $0.visibility == .shared } } ?? [],
                iAmWaiting: fears.isReady(viewer, in: area.id),
                partnerIsReady: partner.map { fears.isReady($0, in: area.id) } ?? false)
        }
    }
}
