import Foundation
import TrellisCore

/// A year of a couple's life is mostly switch flips, reports and notes: a switch flipped by
/// `author` in `area`, `index` seconds after `start`, stands for the typical event.
func typicalEvent(_ index: Int, by author: MemberID, in area: AreaID, after start: Date) -> PendingEvent {
    PendingEvent(
        at: start.addingTimeInterval(Double(index)), author: author, visibility: .shared,
        payload: .repair(.switchSet(area: area, on: index % 2 == 0)))
}
