import Foundation

extension CoupleState {
    /// What the weekly check-in asks of `viewer` now: the partner's proposed day and time; their
    /// own turn, on the agreed day or once the partner's is written; turns open to read and say
    /// back to. A skipped week is never counted: it simply is not asked of again.
    func talkForMe(_ viewer: MemberID, today: Day) -> [Waiting.ForMe] {
        guard let partner = partner(of: viewer)?.id, let rhythm = talk.rhythm else { return [] }
        guard rhythm.agreed else { return rhythm.proposedBy == partner ? [.talkProposed(rhythm)] : [] }
        let week = Turn.week(of: today)
        var items: [Waiting.ForMe] = talk.turns.newest(2) { $0.author == partner && $0.opened && $0.answer == nil }
            .map { .turnsOpen($0) }
        if talk.turn(of: viewer, week: week) == nil {
            let partnerReady = talk.turn(of: partner, week: week) != nil
            if partnerReady || today.weekday == rhythm.weekday {
                items.append(.yourTurn(week: week, partnerReady: partnerReady))
            }
        }
        return items
    }
}
