import TrellisCore

/// Where couples' logs stand, as the database's announcements tell it, so a kept fold can be
/// served without asking the database. A position is trusted only while one listening connection
/// has heard everything since the position was last checked against the database; losing the
/// connection forgets every position, and a check that overlapped a reconnection counts for
/// nothing. Announcements that arrive while a check is in flight are kept with it, so a check that
/// read just before a write cannot end up trusted behind that write. Pure: no I/O, no clock.
struct KnownHeads {
    struct Ticket { fileprivate let epoch: UInt64 }

    private var heads: [CoupleID: Int64] = [:]
    /// Checks in flight per couple, and the furthest position announced while they were.
    private var checking: [CoupleID: (count: Int, heard: Int64)] = [:]
    /// Whether a listening connection is in place (a check begun without one is never trusted).
    private(set) var isListening = false
    /// Grows at every change of connection, so a check begun before one is not trusted after.
    private var epoch: UInt64 = 0

    /// Where `couple` stands, when it can be trusted without asking.
    func head(of couple: CoupleID) -> Int64? { isListening ? heads[couple] : nil }

    mutating func hear(_ news: LogNews) {
        switch news {
        case .listening, .deaf:
            isListening = news == .listening
            epoch += 1
            heads = [:]
        case .grew(let couple, let position, _):
            if let known = heads[couple] { heads[couple] = max(known, position) }
            if let check = checking[couple] { checking[couple] = (check.count, max(check.heard, position)) }
        case .sessionsChanged:
            break
        }
    }

    /// Before asking the database where `couple` stands.
    mutating func beginCheck(_ couple: CoupleID) -> Ticket {
        let check = checking[couple] ?? (0, 0)
        checking[couple] = (check.count + 1, check.heard)
        return Ticket(epoch: epoch)
    }

    /// The database's answer (nil when asking failed).
    mutating func endCheck(_ couple: CoupleID, head: Int64?, _ ticket: Ticket) {
        guard let check = checking[couple] else { return }
        checking[couple] = check.count > 1 ? (check.count - 1, check.heard) : nil
        guard let head, isListening, ticket.epoch == epoch else { return }
        heads[couple] = max(heads[couple] ?? 0, head, check.heard)
    }

    /// This process appended up to `position` (its announcement follows).
    mutating func appended(_ couple: CoupleID, position: Int64) {
        if let known = heads[couple] { heads[couple] = max(known, position) }
    }

    package mutating func forget(_ couple: CoupleID) { heads[couple] = nil }
}
