import Foundation

/// The pinned form of every event, as it is stored (sealed) and as the API's event feed shows it:
/// one flat object with a stable `kind` and named fields. Ids are lower-case UUIDs, days are
/// `YYYY-MM-DD`, weekdays are lower-case names.
///
/// This is the one place the format is written down. A body written once is read for as long as
/// the couple keeps it, so a name here never changes and a field is never removed; new kinds and
/// new optional fields may be added. Golden fixtures in the tests hold one body of every kind.
extension EventPayload: Codable {
    enum Field: String, CodingKey {
        case kind, founderName, name, id, area, on, what, help, question, answer, doer, cadence, note, since
        case accepted, retired, action, day, outcome, word, text, toward, to, seconds, landed, line, why
        case fear, stakes, size, honoured, promise, version, disclosure, rating, ending
        case levels, urge, acted, trigger, felt, step, part, expectation, repaired, parts
        case suggests, yearly, ask, timeZone, time, owner
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Field.self)
        let kind = try c.decode(String.self, forKey: .kind)
        switch kind {
        case "coupleStarted": self = .coupleStarted(founderName: try c.decode(String.self, forKey: .founderName))
        case "partnerJoined": self = .partnerJoined(name: try c.decode(String.self, forKey: .name))
        case "memberLeft": self = .memberLeft
        case "accountClosed": self = .accountClosed
        case "passwordReset": self = .passwordReset
        case "nameChanged": self = .nameChanged(name: try c.decode(String.self, forKey: .name))
        case "areaAdded": self = .areaAdded(id: try c.id(.id), name: try c.decode(String.self, forKey: .name))
        case "areaRenamed": self = .areaRenamed(id: try c.id(.id), name: try c.decode(String.self, forKey: .name))
        case "areaArchived": self = .areaArchived(id: try c.id(.id))
        case "areaRestored": self = .areaRestored(id: try c.id(.id))
        default:
            if let step = try RepairEvent(kind: kind, c) {
                self = .repair(step)
            } else if let step = try IntegrityEvent(kind: kind, c) {
                self = .integrity(step)
            } else if let step = try FearEvent(kind: kind, c) {
                self = .fears(step)
            } else if let step = try GrantEvent(kind: kind, c) {
                self = .grant(step)
            } else if let step = try ExpectationEvent(kind: kind, c) {
                self = .expectation(step)
            } else if let step = try WindowEvent(kind: kind, c) {
                self = .window(step)
            } else if let step = try OutOfReachEvent(kind: kind, c) {
                self = .outOfReach(step)
            } else if let step = try RuptureEvent(kind: kind, c) {
                self = .rupture(step)
            } else if let step = try SafeBehaviourEvent(kind: kind, c) {
                self = .safeBehaviour(step)
            } else if let step = try HelpEvent(kind: kind, c) {
                self = .help(step)
            } else if let step = try HardDateEvent(kind: kind, c) {
                self = .hardDate(step)
            } else if let step = try ThenAndNowEvent(kind: kind, c) {
                self = .thenAndNow(step)
            } else if let step = try ClockEvent(kind: kind, c) {
                self = .clock(step)
            } else if let step = try TalkEvent(kind: kind, c) {
                self = .talk(step)
            } else {
                throw DecodingError.dataCorruptedError(
                    forKey: .kind, in: c, debugDescription: "'\(kind)' is not a kind of event")
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Field.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .coupleStarted(let name): try c.encode(name, forKey: .founderName)
        case .partnerJoined(let name): try c.encode(name, forKey: .name)
        case .memberLeft, .accountClosed, .passwordReset: break
        case .nameChanged(let name): try c.encode(name, forKey: .name)
        case .areaAdded(let id, let name), .areaRenamed(let id, let name):
            try c.encode(id.rawValue, as: .id)
            try c.encode(name, forKey: .name)
        case .areaArchived(let id), .areaRestored(let id): try c.encode(id.rawValue, as: .id)
        case .repair(let step): try step.encodeFields(into: &c)
        case .integrity(let step): try step.encodeFields(into: &c)
        case .fears(let step): try step.encodeFields(into: &c)
        case .grant(let step): try step.encodeFields(into: &c)
        case .expectation(let step): try step.encodeFields(into: &c)
        case .window(let step): try step.encodeFields(into: &c)
        case .outOfReach(let step): try step.encodeFields(into: &c)
        case .rupture(let step): try step.encodeFields(into: &c)
        case .safeBehaviour(let step): try step.encodeFields(into: &c)
        case .help(let step): try step.encodeFields(into: &c)
        case .hardDate(let step): try step.encodeFields(into: &c)
        case .thenAndNow(let step): try step.encodeFields(into: &c)
        case .clock(let step): try step.encodeFields(into: &c)
        case .talk(let step): try step.encodeFields(into: &c)
        }
    }
}

typealias FieldContainer = KeyedDecodingContainer<EventPayload.Field>
typealias FieldWriter = KeyedEncodingContainer<EventPayload.Field>

extension KeyedDecodingContainer where Key == EventPayload.Field {
    func uuid(_ key: Key) throws -> UUID {
        let text = try decode(String.self, forKey: key)
        guard let uuid = UUID(uuidString: text) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: self, debugDescription: "not a UUID")
        }
        return uuid
    }

    func uuidIfPresent(_ key: Key) throws -> UUID? { contains(key) ? try uuid(key) : nil }
    func id<Tag>(_ key: Key) throws -> Identifier<Tag> { Identifier(try uuid(key)) }
    func idIfPresent<Tag>(_ key: Key) throws -> Identifier<Tag>? { try uuidIfPresent(key).map(Identifier.init) }
    func text(_ key: Key) throws -> String { try decode(String.self, forKey: key) }
}

extension KeyedEncodingContainer where Key == EventPayload.Field {
    /// Ids are written in lower case, whatever Foundation's own spelling.
    mutating func encode(_ uuid: UUID, as key: Key) throws { try encode(uuid.uuidString.lowercased(), forKey: key) }
    /// A typed id is stored as its UUID, the same text as before it was typed.
    mutating func encode<Tag>(_ id: Identifier<Tag>, as key: Key) throws { try encode(id.rawValue, as: key) }
    mutating func encodeIfPresent(_ uuid: UUID?, as key: Key) throws {
        if let uuid { try encode(uuid, as: key) }
    }

    mutating func encodeIfPresent<Tag>(_ id: Identifier<Tag>?, as key: Key) throws {
        try encodeIfPresent(id?.rawValue, as: key)
    }
}
