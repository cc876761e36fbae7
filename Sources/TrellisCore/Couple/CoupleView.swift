import Foundation

/// What one member may see of their couple now. Built only for a current member.
public struct CoupleView: Sendable, Equatable {
    public struct Partner: Sendable, Equatable {
        public let id: MemberID
        public let name: String
        public let isViewer: Bool
        public let joinedAt: Date
    }

    public let seq: Int64
    public let members: [Partner]
    public let areas: [Area]
    /// The viewer may invite a partner: they are alone and nobody has left.
    public let canInvite: Bool
    public let partnerLeft: Bool

}

extension CoupleState {
    /// The member's view, or nil when they are not (or no longer) in this couple.
    public func view(for viewer: MemberID) -> CoupleView? {
        guard isMember(viewer) else { return nil }
        return CoupleView(
            seq: seq,
            members: members.map {
                CoupleView.Partner(id: $0.id, name: $0.name, isViewer: $0.id == viewer, joinedAt: $0.joinedAt)
            },
            areas: areas,
            canInvite: acceptsPartner,
            partnerLeft: !formerMembers.isEmpty
        )
    }
}
