import Foundation
import TrellisCore

/// An iCalendar (RFC 5545) document of the occurrences a member has agreed to do, their evening
/// journal reminder, and the days the couple set to look again at a grant or an expectation, so
/// their own calendar app reminds them. Never hurts, fears, notes or entries.
enum ICalendar {
    /// Occurrences from a week back (for late reports) to four weeks ahead.
    static let daysBack = 7
    static let daysAhead = 28

    static func document(
        actions: [RepairAction], reviews: [ReviewDate], doer: MemberID, eveningHour: Int, today: Day, stamp: Date
    ) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Trellis//Trellis//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:Trellis: what I said I would do",
        ]
        for action in actions where action.doer == doer && action.isActive {
            for day in days(of: action, today: today) {
                lines += [
                    "BEGIN:VEVENT",
                    "UID:\(action.id.uuidString.lowercased())-\(compact(day))@trellis",
                    "DTSTAMP:\(timestamp(stamp))",
                    "DTSTART;VALUE=DATE:\(compact(day))",
                    "DTEND;VALUE=DATE:\(compact(day.adding(days: 1)))",
                    "SUMMARY:\(escape(action.what))",
                    "DESCRIPTION:\(escape("Agreed in Trellis, \(action.cadence.summary)."))",
                    "TRANSP:TRANSPARENT",
                    // A gentle alert at 09:00 on the day, so the calendar actually reminds.
                    "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:\(escape(action.what))", "TRIGGER:PT9H",
                    "END:VALARM",
                    "END:VEVENT",
                ]
            }
        }
        for review in reviews where review.day >= today.adding(days: -daysBack) {
            lines += [
                "BEGIN:VEVENT",
                "UID:review-\(review.id.uuidString.lowercased())-\(compact(review.day))@trellis",
                "DTSTAMP:\(timestamp(stamp))",
                "DTSTART;VALUE=DATE:\(compact(review.day))",
                "DTEND;VALUE=DATE:\(compact(review.day.adding(days: 1)))",
                "SUMMARY:\(escape("Look again together: \(review.what)"))",
                "DESCRIPTION:\(escape("The day you set in Trellis to talk about how it is going."))",
                "TRANSP:TRANSPARENT",
                "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Look again together", "TRIGGER:PT9H", "END:VALARM",
                "END:VEVENT",
            ]
        }
        // The journal reminder at the member's evening hour, in floating time: whatever zone the
        // calendar app is in, 21:00 stays 21:00.
        for day in (0...daysAhead).map(today.adding(days:)) {
            lines += [
                "BEGIN:VEVENT",
                "UID:journal-\(doer)-\(compact(day))@trellis",
                "DTSTAMP:\(timestamp(stamp))",
                "DTSTART:\(compact(day))T\(String(format: "%02d", eveningHour))0000",
                "DURATION:PT15M",
                "SUMMARY:Evening journal",
                "DESCRIPTION:\(escape(IntegrityGuidance.eveningPrompt))",
                "TRANSP:TRANSPARENT",
                "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Evening journal", "TRIGGER:PT0M", "END:VALARM",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func days(of action: RepairAction, today: Day) -> [Day] {
        let start = max(today.adding(days: -daysBack), action.activeSince ?? today)
        let end = today.adding(days: daysAhead)
        if case .once(let due) = action.cadence { return [due] }
        return stride(from: start.daysSinceEpoch, through: end.daysSinceEpoch, by: 1)
            .map(Day.init(daysSinceEpoch:)).filter(action.cadence.isScheduled)
    }

    /// Text values escape backslash, semicolon, comma and newlines (RFC 5545, 3.3.11).
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Lines longer than 75 octets continue on the next line after a space (RFC 5545, 3.1),
    /// never splitting a UTF-8 character.
    static func fold(_ line: String) -> String {
        var folded = ""
        var count = 0
        for character in line {
            let size = String(character).utf8.count
            if count + size > 75 {
                folded += "\r\n "
                count = 1
            }
            folded.append(character)
            count += size
        }
        return folded
    }

    private static func compact(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    private static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970)
        let day = Day(date)
        let time = ((seconds % 86_400) + 86_400) % 86_400
        return compact(day) + String(format: "T%02d%02d%02dZ", time / 3600, time / 60 % 60, time % 60)
    }
}
