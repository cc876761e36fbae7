import Foundation

/// Clinicians the couple asked in, each partner's consent, and so who may see what today.
///
/// Shared work belongs to both partners, so a clinician sees a part only when both chose it, and
/// only until the earlier of their two review days. Either partner's withdrawal ends the
/// clinician's access for both; asking the same clinician again starts with no consent at all.
public struct OutsideHelpState: Sendable, Equatable, Codable {
    public struct Consent: Sendable, Equatable, Codable {
        public let member: MemberID
        public let parts: Set<HelpScope>
        public let until: Day
        public let at: Date
    }

    public struct Invitation: Sendable, Equatable, Codable {
        public let clinician: MemberID
        public let name: String
        public let invitedBy: MemberID
        public let invitedAt: Date
        public fileprivate(set) var consents: [Consent] = []
        public fileprivate(set) var withdrawnBy: MemberID?
        public fileprivate(set) var withdrawnAt: Date?

        public var isWithdrawn: Bool { withdrawnBy != nil }
        public func consent(of member: MemberID) -> Consent? { consents.first { $0.member == member } }
    }

    /// What a clinician may see today: the parts both partners chose, until the earlier review day.
    public struct Access: Sendable, Equatable {
        public let parts: Set<HelpScope>
        public let until: Day

        /// Whether a shared event is among what the clinician may see: who the couple are and
        /// their areas (the frame every part needs), and the parts open.
        public func shows(_ payload: EventPayload) -> Bool {
            switch payload {
            case .coupleStarted, .partnerJoined, .memberLeft, .accountClosed, .nameChanged, .areaAdded, .areaRenamed,
                .areaArchived, .areaRestored:
                true
            default: parts.contains { $0.covers(payload) }
            }
        }
    }

    /// Reads of the couple's record by someone other than the two partners: who, which parts,
    /// when. Repeated reads by the same reader of the same parts, each within an hour of the last,
    /// are one entry with how many and the first and last moment, so the log stays readable
    /// however often someone looks, and every read is still counted.
    public struct Look: Sendable, Equatable, Codable {
        /// Reads this far apart, or closer, continue one entry.
        public static let sameVisit: TimeInterval = 60 * 60

        public enum Reader: Sendable, Equatable, Codable {
            case clinician(MemberID, name: String)
            /// Whoever runs this Trellis, exporting this member's data (all they may see).
            case operatorExport(of: MemberID)
        }

        public let reader: Reader
        public let parts: [HelpScope]
        /// The first read of this entry.
        public let at: Date
        /// How many reads, and when the last was.
        public private(set) var count = 1
        public private(set) var last: Date

        init(reader: Reader, parts: [HelpScope], at: Date) {
            self.reader = reader
            self.parts = parts
            self.at = at
            self.last = at
        }

        /// This entry with one more read at `time`, if that read continues it.
        func continued(by reader: Reader, _ parts: [HelpScope], at time: Date) -> Look? {
            guard reader == self.reader, parts == self.parts, time.timeIntervalSince(last) <= Self.sameVisit
            else { return nil }
            var look = self
            look.count += 1
            look.last = time
            return look
        }
    }

    /// A clinician's note to both partners.
    public struct Note: Sendable, Equatable, Codable {
        public let id: NoteID
        public let clinician: MemberID
        public let name: String
        public let text: String
        public let at: Date
    }

    /// Every invitation, oldest first; a clinician asked again has a newer one.
    public private(set) var invitations: [Invitation] = []
    /// Every read by someone other than the two partners, oldest first.
    public private(set) var log: [Look] = []
    public private(set) var notes: [Note] = []
    /// Clinicians' suggestions, oldest first, answered or not.
    public private(set) var suggestions: [Suggestion] = []

    /// Suggestions no partner has answered yet.
    public var openSuggestions: [Suggestion] { suggestions.filter { $0.answer == nil } }
    public func suggestion(_ id: SuggestionID) -> Suggestion? { suggestions.first { $0.id == id } }

    /// At most this many clinicians at once: enough for a therapist and a specialist.
    public static let maximumActive = 3
    /// A clinician's suggestions waiting at once: the couple sets the pace, not the clinician.
    public static let maximumOpenSuggestions = 3

    public init() {}

    /// The clinician's current invitation, if any (withdrawn ones stay for the record).
    public func invitation(of clinician: MemberID) -> Invitation? { invitations.last { $0.clinician == clinician } }

    /// Invitations not withdrawn (a clinician is asked again only after withdrawal, so these are
    /// each clinician's current one).
    public var active: [Invitation] { invitations.filter { !$0.isWithdrawn } }

    /// What `clinician` may see on `today`, with `members` the couple's partners now; nil when
    /// either partner has not consented, has withdrawn, the review day has passed, or the couple
    /// is not two.
    public func access(for clinician: MemberID, members: [MemberID], on today: Day) -> Access? {
        guard members.count == 2, let invitation = invitation(of: clinician), !invitation.isWithdrawn else {
            return nil
        }
        let consents = members.compactMap { invitation.consent(of: $0) }
        guard consents.count == 2 else { return nil }
        let parts = consents[0].parts.intersection(consents[1].parts)
        let until = min(consents[0].until, consents[1].until)
        guard !parts.isEmpty, today <= until else { return nil }
        return Access(parts: parts, until: until)
    }

    mutating func apply(_ step: HelpEvent, by author: MemberID, at time: Date) {
        switch step {
        case .clinicianInvited(let clinician, let name):
            invitations.append(Invitation(clinician: clinician, name: name, invitedBy: author, invitedAt: time))
        case .consentGiven(let clinician, let parts, let until):
            update(clinician) { invitation in
                invitation.consents.removeAll { $0.member == author }
                invitation.consents.append(Consent(member: author, parts: Set(parts), until: until, at: time))
            }
        case .consentWithdrawn(let clinician):
            update(clinician) { invitation in
                invitation.withdrawnBy = author
                invitation.withdrawnAt = time
            }
        case .viewed(let parts):
            let reader = Look.Reader.clinician(author, name: invitation(of: author)?.name ?? "")
            if let continued = log.last?.continued(by: reader, parts, at: time) {
                log[log.count - 1] = continued
            } else {
                log.append(Look(reader: reader, parts: parts, at: time))
            }
        case .exportedByOperator:
            log.append(Look(reader: .operatorExport(of: author), parts: [], at: time))
        case .noteLeft(let id, let text):
            notes.append(
                Note(id: id, clinician: author, name: invitation(of: author)?.name ?? "", text: text, at: time))
        case .suggested(let id, let kind, let doer, let words):
            suggestions.append(
                Suggestion(
                    id: id, clinician: author, name: invitation(of: author)?.name ?? "", kind: kind, doer: doer,
                    words: words, at: time))
        case .suggestionAnswered(let id, let accepted):
            guard let index = suggestions.firstIndex(where: { $0.id == id }) else { return }
            suggestions[index].answer = Suggestion.Answer(accepted: accepted, by: author, at: time)
        }
    }

    private mutating func update(_ clinician: MemberID, _ change: (inout Invitation) -> Void) {
        guard let index = invitations.lastIndex(where: { $0.clinician == clinician }) else { return }
        change(&invitations[index])
    }
}
