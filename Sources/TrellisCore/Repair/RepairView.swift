import Foundation

/// What one member sees of the work of repair: their own switches and hurts, their partner's
/// switches and shared hurts, the questions between them, and actions in both directions.
///
/// Built from a state folded for this member, which never holds the partner's private events.
public struct RepairView: Sendable, Equatable {
    public struct AreaRepair: Sendable, Equatable {
        public let area: Area
        /// nil until the member sets it.
        public let mySwitch: TrustSwitch?
        public let partnerSwitch: TrustSwitch?
        /// Hurts I recorded (private and shared) and hurts my partner shared.
        public let hurts: [Hurt]
        public let questions: [RepairQuestion]
        /// The questions the member may ask about their partner's switch here now.
        public let askable: [RepairQuestion.Kind]
    }

    public let viewer: MemberID
    public let partner: Member?
    public let areas: [AreaRepair]
    /// Actions I asked of my partner.
    public let asked: [RepairAction]
    /// Actions my partner asked of me.
    public let askedOfMe: [RepairAction]
    public let today: Day

    /// How many days an action is shown "at a glance": the last four weeks up to today.
    public static let recentDayCount = 28
    public var recentDays: [Day] { today.lastDays(Self.recentDayCount) }
}

extension CoupleState {
    public func repairView(for viewer: MemberID, today: Day) -> RepairView? {
        guard isMember(viewer) else { return nil }
        let partner = partner(of: viewer)
        let areas = activeAreas.map { area in
            RepairView.AreaRepair(
                area: area,
                mySwitch: repair.trustSwitch(of: viewer, in: area.id),
                partnerSwitch: partner.flatMap { repair.trustSwitch(of: $0.id, in: area.id) },
                hurts: repair.hurts.filter { $0.area == area.id && $0.isVisible(to: viewer) },
                questions: repair.questions.filter { $0.area == area.id },
                askable: partner.map { partner in
                    RepairQuestion.Kind.allCases.filter {
                        (try? repair.checkCanAsk($0, by: viewer, of: partner.id, in: area.id)) != nil
                    }
                } ?? [])
        }
        let live = repair.actions.filter { $0.status != .retired }
        return RepairView(
            viewer: viewer, partner: partner, areas: areas,
            asked: live.filter { $0.asker == viewer }, askedOfMe: live.filter { $0.doer == viewer }, today: today)
    }
}

extension Hurt {
    /// Private hurts belong to their author alone; this is checked again here so that a view
    /// stays private even if a state were ever folded from more than the viewer may see.
    func isVisible(to viewer: MemberID) -> Bool { visibility == .shared || author == viewer }
}
