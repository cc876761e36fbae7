import Foundation

/// Grants of trust as one partner sees them: what they gave, what they were given, and, per
/// area, a gentle word on the next step after grants honoured there.
public struct GrantsView: Sendable, Equatable {
    /// Newest first.
    public let given: [TrustGrant]
    public let received: [TrustGrant]
    /// Per area where the viewer's grants were honoured: the size a next grant could be.
    public let nextStep: [AreaID: GrantSize]
}

extension CoupleState {
    public func grantsView(for viewer: MemberID) -> GrantsView {
        let all = grants.grants.reversed()
        var next: [AreaID: GrantSize] = [:]
        for area in activeAreas {
            if let honoured = grants.largestHonoured(by: viewer, in: area.id), let bigger = honoured.bigger {
                next[area.id] = bigger
            }
        }
        return GrantsView(
            given: all.filter { $0.granter == viewer }, received: all.filter { $0.grantee == viewer }, nextStep: next)
    }
}
