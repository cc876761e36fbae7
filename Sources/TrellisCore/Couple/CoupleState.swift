import Foundation
import TrellisLanguage

/// Everything the couple's record says now: a pure fold of its events, in order.
public struct CoupleState: Sendable, Equatable, Codable {
    /// Where the couple's shared stream stands: the last shared event folded in; 0 before the
    /// couple starts. Private events have their own streams and do not move it.
    public private(set) var seq: Int64 = 0
    /// Where the viewer's own private stream stands (a state is folded for one viewer, so every
    /// private event in it is theirs).
    public private(set) var privateSeq: Int64 = 0
    /// The partners in the couple now, in the order they joined.
    public private(set) var members: [Member] = []
    /// Partners who left. Their shared history stays; they no longer see it.
    public private(set) var formerMembers: [Member] = []
    /// Every area the couple ever had, in the order they were added.
    public private(set) var areas: [Area] = []
    /// Switches, hurts, questions and actions: the work of repair.
    public private(set) var repair = RepairState()
    /// Noticing, the evening journal, sliding-door moments and feedback.
    public private(set) var integrity = IntegrityState()
    /// Core fears, told privately and revealed by choice: building trust on purpose.
    public private(set) var fears = FearsState()
    /// Trust given before it is earned, and how it went.
    public private(set) var grants = GrantsState()
    /// What both hold to be normal and permissible, and promises to tell.
    public private(set) var expectations = ExpectationsState()
    /// Transparency Windows, live and past.
    public private(set) var windows = WindowsState()
    /// Check-ins on the signs: the viewer's own, and their partner's shared ones.
    public private(set) var checkIns = CheckInsState()
    /// The viewer's own urges to check (nobody else's is ever in their record).
    public private(set) var urges = UrgeLog()
    /// Ruptures: the viewer's own private ones, and the shared ones with their repair.
    public private(set) var ruptures = RupturesState()
    /// Safe behaviours each truster named, and the moments they happened.
    public private(set) var safeBehaviours = SafeBehavioursState()
    /// Clinicians asked in, and each partner's consent to what they may see.
    public private(set) var help = OutsideHelpState()
    /// The viewer's own hard dates, and the hard weeks told between the partners.
    public private(set) var hardDates = HardDatesState()
    /// Then and now: the viewer's own answers, and their partner's shared ones.
    public private(set) var thenAndNow = ThenAndNowState()
    /// The moments that mark the way, for the couple's timeline.
    public private(set) var timeline = TimelineState()
    /// The clocks each partner lets the other see.
    public private(set) var clocks = ClocksState()
    /// The weekly check-in: its day and time, and the turns, both open once both are written.
    public private(set) var talk = WeeklyTalkState()
    /// Recent steps each took that the other should see (shared steps only).
    public private(set) var news = NewsLog()

    /// The version of the fold: raise it whenever `apply` or the shape of the state changes, so
    /// snapshots made by an older fold are discarded instead of read.
    public static let foldVersion = 20

    public init() {}

    public static func folding<S: Sequence>(_ events: S) -> CoupleState where S.Element == CoupleEvent {
        var state = CoupleState()
        for event in events { state.apply(event) }
        return state
    }

    public var hasStarted: Bool { seq > 0 }
    public var activeAreas: [Area] { areas.filter { !$0.isArchived } }

    public func isMember(_ id: MemberID) -> Bool { members.contains { $0.id == id } }
    /// The other member of the couple, once there are two.
    public func partner(of member: MemberID) -> Member? { members.first { $0.id != member } }

    /// The partner, for a step that needs the two of them.
    func requirePartner(of actor: MemberID) throws(StepRefusal) -> MemberID {
        guard let partner = partner(of: actor) else {
            throw .conflict(
                "no_partner",
                formerMembers.isEmpty
                    ? say("refusals.step.noPartner.invite")
                    : say("refusals.step.noPartner.left"))
        }
        return partner.id
    }
    public func area(_ id: AreaID) -> Area? { areas.first { $0.id == id } }

    /// A couple takes a second partner once; after anyone leaves, its history is not handed to a newcomer.
    public var acceptsPartner: Bool { (try? requireRoomForPartner()) != nil }

    /// Refuses when the couple cannot take a partner now, saying why.
    public func requireRoomForPartner() throws(CoupleRuleError) {
        guard hasStarted else { throw .notStarted }
        guard formerMembers.isEmpty else { throw .coupleClosed }
        guard members.count == 1 else { throw .coupleFull }
    }

    /// The viewer's private entries up to `seq` exist but cannot be opened here (sealed under a
    /// key from before a password reset): counted, so the next entry takes its place after them.
    public mutating func countSealed(through seq: Int64) { privateSeq = max(privateSeq, seq) }

    public mutating func apply(_ event: CoupleEvent) {
        if let item = news(of: event) { news.record(item) }
        if let moment = moment(of: event) { timeline.record(moment) }
        if event.visibility == .shared { seq = event.seq } else { privateSeq = event.seq }
        switch event.payload {
        case .coupleStarted(let name), .partnerJoined(let name):
            members.append(Member(id: event.author, name: name, joinedAt: event.at))
        case .memberLeft:
            if let index = members.firstIndex(where: { $0.id == event.author }) {
                formerMembers.append(members.remove(at: index))
            }
        case .accountClosed:
            formerMembers = formerMembers.map { $0.id == event.author ? $0.named(Member.destroyedName) : $0 }
        case .passwordReset:
            break  // news for the partner only: the record itself is unchanged
        case .nameChanged(let name):
            members = members.map { $0.id == event.author ? $0.named(name) : $0 }
        case .areaAdded(let id, let name):
            areas.append(Area(id: id, name: name, isArchived: false))
        case .areaRenamed(let id, let name):
            updateArea(id) { $0.name = name }
        case .areaArchived(let id):
            updateArea(id) { $0.isArchived = true }
        case .areaRestored(let id):
            updateArea(id) { $0.isArchived = false }
        case .repair(let step):
            repair.apply(step, by: event.author, at: event.at, visibility: event.visibility)
        case .integrity(let step):
            integrity.apply(step, by: event.author, at: event.at, visibility: event.visibility)
        case .fears(let step):
            fears.apply(step, by: event.author, visibility: event.visibility)
        case .grant(let step):
            grants.apply(step, by: event.author, grantee: partner(of: event.author)?.id)
        case .expectation(let step):
            expectations.apply(step, by: event.author, at: event.at, members: members.map(\.id))
        case .window(let step):
            windows.apply(
                step, by: event.author, at: event.at, visibility: event.visibility,
                partner: partner(of: event.author)?.id)
        case .outOfReach(.signsChecked(let id, let day, let levels, let note)):
            checkIns.record(
                SignsCheckIn(
                    id: id, author: event.author, day: day, at: event.at, levels: levels, note: note,
                    visibility: event.visibility))
        case .outOfReach(.urgeLogged(let id, let day, let kind, let actedOn, let helped, let trigger, let area)):
            urges.urges.append(
                Urge(
                    id: id, author: event.author, day: day, at: event.at, kind: kind, actedOn: actedOn, helped: helped,
                    trigger: trigger, area: area))
        case .safeBehaviour(let step):
            safeBehaviours.apply(
                step, by: event.author, at: event.at, partner: partner(of: event.author)?.id)
        case .help(let step):
            help.apply(step, by: event.author, at: event.at)
        case .hardDate(let step):
            hardDates.apply(step, by: event.author, at: event.at)
        case .clock(let step):
            clocks.apply(step, by: event.author)
        case .talk(let step):
            talk.apply(step, by: event.author)
        case .thenAndNow(.answered(let id, let area, let day, let levels, let words)):
            thenAndNow.record(
                ThenAndNowAnswer(
                    id: id, author: event.author, area: area, day: day, levels: levels, words: words,
                    visibility: event.visibility))
        case .rupture(let step):
            ruptures.apply(
                step, by: event.author, at: event.at, visibility: event.visibility, members: members.map(\.id))
        }
    }

    private mutating func updateArea(_ id: AreaID, _ change: (inout Area) -> Void) {
        guard let index = areas.firstIndex(where: { $0.id == id }) else { return }
        change(&areas[index])
    }
}
