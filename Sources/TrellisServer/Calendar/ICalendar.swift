import Crypto
import Foundation
import TrellisCore
import TrellisLanguage

/// An iCalendar (RFC 5545) document of the occurrences a member has agreed to do, their evening
/// journal reminder, and the days the couple set to look again at a grant or an expectation, so
/// their own calendar app reminds them. Never hurts, fears, notes or entries.
enum ICalendar {
    /// Occurrences from a week back (for late reports) to four weeks ahead.
    static let daysBack = 7
    static let daysAhead = 28

    /// With `look` (discreet mode), every event is titled only "Reminder", with no words of the
    /// action or of Trellis in the feed at all: the words stay inside the app.
    static func document(
        actions: [RepairAction], reviews: [ReviewDate], doer: MemberID, eveningHour: Int, today: Day, stamp: Date,
        look: DiscreetLook? = nil
    ) -> String {
        let app = look?.name ?? "Trellis"
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//\(app)//\(app)//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:\(escape(look == nil ? say("home.calendar.name") : app))",
        ]
        let domain = look?.rawValue ?? "trellis"
        // In discreet mode even the ids say nothing ("journal-..." would): a digest, as stable.
        func id(_ uid: String) -> String {
            look == nil ? uid : SHA256.hash(data: Data(uid.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
        }
        /// One event; in discreet mode its title is "Reminder" and it has no description.
        func event(_ uid: String, _ when: [String], _ title: String, _ description: String, alarm: String) -> [String] {
            let title = look == nil ? title : say("home.calendar.reminder")
            return ["BEGIN:VEVENT", "UID:\(id(uid))@\(domain)", "DTSTAMP:\(timestamp(stamp))"] + when
                + ["SUMMARY:\(escape(title))"]
                + (look == nil ? ["DESCRIPTION:\(escape(description))"] : [])
                + [
                    "TRANSP:TRANSPARENT", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:\(escape(title))",
                    "TRIGGER:\(alarm)", "END:VALARM", "END:VEVENT",
                ]
        }
        func allDay(_ day: Day) -> [String] {
            ["DTSTART;VALUE=DATE:\(compact(day))", "DTEND;VALUE=DATE:\(compact(day.adding(days: 1)))"]
        }
        for action in actions where action.doer == doer && action.isActive {
            for day in days(of: action, today: today) {
                // A gentle alert at 09:00 on the day, so the calendar actually reminds.
                lines += event(
                    "\(action.id)-\(compact(day))", allDay(day), action.what,
                    say("home.calendar.agreed", ["cadence": action.cadence.summary]), alarm: "PT9H")
            }
        }
        for review in reviews where review.day >= today.adding(days: -daysBack) {
            lines += event(
                "review-\(review.id.uuidString.lowercased())-\(compact(review.day))", allDay(review.day),
                say("home.calendar.lookAgain", ["what": review.what]), say("home.calendar.lookAgainNote"),
                alarm: "PT9H")
        }
        // The journal reminder at the member's evening hour, in floating time: whatever zone the
        // calendar app is in, 21:00 stays 21:00.
        for day in (0...daysAhead).map(today.adding(days:)) {
            lines += event(
                "journal-\(doer)-\(compact(day))",
                ["DTSTART:\(compact(day))T\(String(format: "%02d", eveningHour))0000", "DURATION:PT15M"],
                say("home.calendar.journal"), IntegrityGuidance.eveningPrompt, alarm: "PT0M")
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

    /// Text values escape backslash, semicolon, comma and line breaks (RFC 5545, 3.3.11). Scalar by
    /// scalar: a line break followed by a combining mark is one Swift `Character`, yet it still
    /// breaks the line.
    static func escape(_ text: String) -> String {
        var escaped = String.UnicodeScalarView()
        var afterReturn = false
        for scalar in text.unicodeScalars {
            defer { afterReturn = scalar == "\r" }
            switch scalar {
            case "\\", ";", ",": escaped += ["\\", scalar]
            case "\n" where afterReturn: break  // "\r\n" is one line break, already written
            case "\r", "\n": escaped += ["\\", "n"]
            default: escaped.append(scalar)
            }
        }
        return String(escaped)
    }

    /// Lines longer than 75 octets continue on the next line after a space (RFC 5545, 3.1),
    /// never splitting a UTF-8 character (a scalar: one letter with many marks may be longer than a line).
    static func fold(_ line: String) -> String {
        var folded = String.UnicodeScalarView()
        var count = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            if count + size > 75 {
                folded += ["\r", "\n", " "]
                count = 1
            }
            folded.append(scalar)
            count += size
        }
        return String(folded)
    }

    private static func compact(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    private static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970)
        let day = Day(date)
        let time = ((seconds % 86_400) + 86_400) % 86_400
        return compact(day) + String(format: "T%02d%02d%02dZ", time / 3600, time / 60 % 60, time % 60)
    }
}
