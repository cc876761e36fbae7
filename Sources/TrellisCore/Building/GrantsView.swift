import Foundation

/// Grants of trust as one partner sees them: what they gave, what they were given, and, per
/// area, a gentle word on the next step after grants honoured there.
public struct GrantsView: Sendable, Equatable {
    /// Every open one, newest first, then the newest `ListLimit.closedGrants` closed ones.
    public let given: Recent<TrustGrant>
    public let received: Recent<TrustGrant>
    /// Per area where the viewer's grants were honoured: the size a next grant could be.
    public let nextStep: [AreaID: GrantSize]

    /// The names of its lists in a `ListCursor`.
    public enum List {
        public static let given = "given"
        public static let received = "received"
    }
}

extension CoupleState {
    public func grantsView(for viewer: MemberID, earlier: ListCursor? = nil) -> GrantsView {
        var next: [AreaID: GrantSize] = [:]
        for area in activeAreas {
            if let honoured = grants.largestHonoured(by: viewer, in: area.id), let bigger = honoured.bigger {
                next[area.id] = bigger
            }
        }
        return GrantsView(
            given: grants.grants.openThenRecent(
                ListLimit.closedGrants, list: GrantsView.List.given, before: earlier, where: { $0.granter == viewer },
                isOpen: \.isOpen),
            received: grants.grants.openThenRecent(
                ListLimit.closedGrants, list: GrantsView.List.received, before: earlier,
                where: { $0.grantee == viewer }, isOpen: \.isOpen),
            nextStep: next)
    }
}
