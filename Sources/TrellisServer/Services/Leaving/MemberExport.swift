import Foundation
import TrellisCore
import TrellisStore

/// Everything one member may see, as the export file holds it; its shape is documented in
/// `docs/export.schema.json` and its field names never change. The couple's events are the ones
/// the event feed gives this member (the shared record and their own private entries, each in
/// its pinned form); the partner's private entries and email are never in it, and an operator's
/// export has no private entries at all. A couple the member left is theirs up to the moment they
/// left: a person leaving safely often leaves first and takes their record after.
struct MemberExport: Encodable {
    static let format = "trellis-export-1"

    struct Person: Encodable {
        let name: String
        let email: String
        let timeZone: String
        let eveningHour: Int
        let pauseSeconds: Int
    }

    struct Partner: Encodable {
        let id: String
        let name: String
        let isMe: Bool
        let joinedAt: Date
        let left: Bool
    }

    struct Area: Encodable {
        let id: String
        let name: String
        let archived: Bool
    }

    struct Couple: Encodable {
        let id: String
        let members: [Partner]
        let areas: [Area]
        let events: [EventRecord]
    }

    let format: String
    let exportedAt: Date
    let account: Person
    /// Null when the member is not in a couple now.
    let couple: Couple?
    /// The couples the member left (while the partner stays), each up to and with their leaving.
    let formerCouples: [Couple]
    /// When an operator exported this member's data, oldest first.
    let operatorExports: [Date]

    private enum CodingKeys: String, CodingKey {
        case format, exportedAt, account, couple, formerCouples, operatorExports
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(format, forKey: .format)
        try container.encode(exportedAt, forKey: .exportedAt)
        try container.encode(account, forKey: .account)
        try container.encode(couple, forKey: .couple)
        try container.encode(formerCouples, forKey: .formerCouples)
        try container.encode(operatorExports, forKey: .operatorExports)
    }
}

extension MemberExport {
    /// Reads the member's record now. `state` is folded from exactly `events`, so both agree.
    /// Without `privateEntries` (an operator's export, made without the member's session), only
    /// the shared record of the couple they are in now is read: their private key is never opened
    /// for it, and couples they left are not in it.
    static func read(
        _ account: Account, from storage: any EventStore & AccountClosing, at now: Date, privateEntries: Bool = true
    )
        async throws -> MemberExport
    {
        let viewer = privateEntries ? account.id : CoupleService.nobody
        let couple = try await account.coupleID.asyncMap { id in
            Self.couple(id, events: try await storage.events(of: id, visibleTo: viewer), me: account.id)
        }
        var former: [Couple] = []
        // Only the member's own: an operator's export of a couple left behind would read the
        // partner's record where the couple could no longer say it was read.
        let left = privateEntries ? try await storage.couplesJoined(by: account.id) : []
        for id in left where id != account.coupleID {
            let events = try await storage.events(of: id, visibleTo: viewer)
            // Up to the member's leaving, never what was written after.
            guard let left = events.firstIndex(where: { $0.author == account.id && $0.payload == .memberLeft })
            else { continue }
            former.append(Self.couple(id, events: Array(events[...left]), me: account.id))
        }
        let settings = account.settings
        return MemberExport(
            format: format, exportedAt: now,
            account: Person(
                name: account.name, email: account.email, timeZone: settings.timeZone,
                eveningHour: settings.eveningHour, pauseSeconds: settings.pauseSeconds),
            couple: couple, formerCouples: former, operatorExports: try await storage.operatorExports(of: account.id))
    }

    /// The couple as `events` record it; `state` is folded from exactly them, so both agree.
    private static func couple(_ id: CoupleID, events: [CoupleEvent], me: MemberID) -> Couple {
        let state = CoupleState.folding(events)
        return Couple(
            id: id.description,
            members: state.members.map { partner($0, left: false, me: me) }
                + state.formerMembers.map { partner($0, left: true, me: me) },
            areas: state.areas.map { Area(id: $0.id.description, name: $0.name, archived: $0.isArchived) },
            events: events.map(EventRecord.init))
    }

    private static func partner(_ member: Member, left: Bool, me: MemberID) -> Partner {
        Partner(
            id: member.id.description, name: member.name, isMe: member.id == me, joinedAt: member.joinedAt, left: left)
    }

    /// The file: pretty-printed so a person can read it too, with sorted keys and ISO dates.
    func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
