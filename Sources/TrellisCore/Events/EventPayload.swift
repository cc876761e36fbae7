import Foundation

/// What happened, in the couple's own history. Each case is one kind of event.
///
/// Cases are only ever added: a stored event must decode for as long as the couple keeps it. Its
/// stored form is pinned in `EventFormat.swift`.
public enum EventPayload: Sendable, Equatable {
    /// The founder opened the couple's record.
    case coupleStarted(founderName: String)
    /// The invited partner joined.
    case partnerJoined(name: String)
    /// The author left the couple; what was shared stays with whoever remains.
    case memberLeft
    /// The author closed their account: their name is gone from the record, which stays with the
    /// partner as a former partner's.
    case accountClosed
    /// The author's password was reset (by a mailed link or by whoever runs Trellis): until they
    /// give their recovery code, nothing kept for them before opens, and their partner is told.
    case passwordReset
    /// The author changed the name they go by.
    case nameChanged(name: String)
    case areaAdded(id: AreaID, name: String)
    case areaRenamed(id: AreaID, name: String)
    case areaArchived(id: AreaID)
    case areaRestored(id: AreaID)
    /// A step in repairing trust (switches, hurts, questions, actions, follow-through).
    case repair(RepairEvent)
    /// A step in the rebuilding partner's practices (noticing, journal, sliding doors, feedback).
    case integrity(IntegrityEvent)
    /// A step in building trust on purpose (core fears).
    case fears(FearEvent)
    /// A step in giving trust away (grants of trust).
    case grant(GrantEvent)
    /// A step in aligning expectations (agreements and disclosure promises).
    case expectation(ExpectationEvent)
    /// A step of a Transparency Window.
    case window(WindowEvent)
    /// A check-in on the signs, or an urge to check (when trust feels out of reach).
    case outOfReach(OutOfReachEvent)
    /// A step of rupture and repair.
    case rupture(RuptureEvent)
    /// A step with safe behaviours (emotional trust).
    case safeBehaviour(SafeBehaviourEvent)
    /// A step in bringing in outside help (a clinician, with both partners' consent).
    case help(HelpEvent)
    /// A step with hard dates: the member's own list, and telling the partner a week is hard.
    case hardDate(HardDateEvent)
    /// A then-and-now answer: trust in three parts, in one area, once a month.
    case thenAndNow(ThenAndNowEvent)
    /// A member lets their partner see their local time, or stops.
    case clock(ClockEvent)
    /// A step of the weekly check-in where both take a turn.
    case talk(TalkEvent)

    /// A stable name for the kind of event, for the API and for logs (never the content).
    public var kind: String {
        switch self {
        case .coupleStarted: "coupleStarted"
        case .partnerJoined: "partnerJoined"
        case .memberLeft: "memberLeft"
        case .accountClosed: "accountClosed"
        case .passwordReset: "passwordReset"
        case .nameChanged: "nameChanged"
        case .areaAdded: "areaAdded"
        case .areaRenamed: "areaRenamed"
        case .areaArchived: "areaArchived"
        case .areaRestored: "areaRestored"
        case .repair(let event): event.kind
        case .integrity(let event): event.kind
        case .fears(let event): event.kind
        case .grant(let event): event.kind
        case .expectation(let event): event.kind
        case .window(let event): event.kind
        case .outOfReach(let event): event.kind
        case .rupture(let event): event.kind
        case .safeBehaviour(let event): event.kind
        case .help(let event): event.kind
        case .hardDate(let event): event.kind
        case .thenAndNow(let event): event.kind
        case .clock(let event): event.kind
        case .talk(let event): event.kind
        }
    }
}
