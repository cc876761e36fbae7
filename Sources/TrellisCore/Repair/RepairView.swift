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
        /// Hurts I recorded (private and shared) and hurts my partner shared: the newest
        /// `ListLimit.hurts`, newest first.
        public let hurts: Recent<Hurt>
        /// The questions asked here, the newest `ListLimit.questions`, newest first.
        public let questions: Recent<RepairQuestion>
        /// Whether I wrote a hurt here, and whether my partner shared one (any, shown or not).
        public let iWroteAHurt: Bool
        public let partnerSharedAHurt: Bool
        /// The questions still waiting for an answer, all of them (the rules keep them few).
        public let openQuestions: [RepairQuestion]
        /// Each switch's newest settings (`ListLimit.flips`), newest first; empty when never set.
        public let myHistory: Recent<TrustSwitch.Flip>
        public let partnerHistory: Recent<TrustSwitch.Flip>
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

    /// The names of an area's lists in a `ListCursor`.
    public static func hurtsList(_ area: AreaID) -> String { "hurts-\(area)" }
    public static func questionsList(_ area: AreaID) -> String { "questions-\(area)" }
}

extension CoupleState {
    /// The member's view; `earlier` pages back an area's hurts or questions.
    public func repairView(for viewer: MemberID, today: Day, earlier: ListCursor? = nil) -> RepairView? {
        guard isMember(viewer) else { return nil }
        let partner = partner(of: viewer)
        let areas = activeAreas.map { area in
            let mine = repair.trustSwitch(of: viewer, in: area.id)
            let theirs = partner.flatMap { repair.trustSwitch(of: $0.id, in: area.id) }
            return RepairView.AreaRepair(
                area: area, mySwitch: mine, partnerSwitch: theirs,
                hurts: repair.hurts.recent(
                    ListLimit.hurts, list: RepairView.hurtsList(area.id), before: earlier,
                    where: { $0.area == area.id && $0.isVisible(to: viewer) }),
                questions: repair.questions.recent(
                    ListLimit.questions, list: RepairView.questionsList(area.id), before: earlier,
                    where: { $0.area == area.id }),
                iWroteAHurt: repair.hurts.contains { $0.area == area.id && $0.author == viewer },
                partnerSharedAHurt: repair.hurts.contains {
                    $0.area == area.id && $0.author != viewer && $0.isVisible(to: viewer)
                },
                openQuestions: repair.questions.filter { $0.area == area.id && $0.answer == nil },
                myHistory: mine?.recentHistory(before: earlier) ?? Recent(items: [], earlier: nil),
                partnerHistory: theirs?.recentHistory(before: earlier) ?? Recent(items: [], earlier: nil),
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
