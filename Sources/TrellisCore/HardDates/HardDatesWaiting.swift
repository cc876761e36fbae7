import Foundation

extension CoupleState {
    /// First on home: a hard week the partner told of, while it lasts, then the member's own hard
    /// dates that are a week away or less.
    func hardDatesForMe(_ viewer: MemberID, today: Day) -> [Waiting.ForMe] {
        let told: [Waiting.ForMe] =
            partner(of: viewer).map { partner in
                hardDates.current(toldBy: partner.id, on: today).map { .hardWeek($0) }
            } ?? []
        let coming = hardDates.dates(of: viewer, from: today).compactMap { date -> (HardDate, Day)? in
            date.coming(from: today).map { (date, $0) }
        }
        return told + coming.map { .hardDate($0.0, coming: $0.1) }
    }
}
