import Foundation
import TrellisCore

/// Each partner's own clock on home: the partner's local time, only if they let me see it, and
/// letting them see mine (a time zone tells roughly where someone is, so it is a choice).
struct HomeClocks {
    let state: CoupleState
    let viewer: MemberID
    /// My own time zone, from my settings.
    let myTimeZone: String
    let now: Date
    let forms: Forms

    /// "It is 23:10 for Sam (Tokyo time)", when Sam allows it.
    static func partnersTime(in state: CoupleState, for viewer: MemberID, at now: Date) -> String? {
        guard let partner = state.partner(of: viewer), let name = state.clocks.timeZone(of: partner.id),
            let zone = TimeZone(identifier: name)
        else { return nil }
        let minutes = Int((now.timeIntervalSince1970 + Double(zone.secondsFromGMT(for: now))) / 60)
        func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        let time = "\(twoDigits((minutes / 60 % 24 + 24) % 24)):\(twoDigits((minutes % 60 + 60) % 60))"
        return "It is \(time) for \(partner.name) (\(TimeZonePicker.place(name)) time)"
    }

    var html: HTML {
        guard let partner = state.partner(of: viewer) else { return .empty }
        let theirs: HTML =
            Self.partnersTime(in: state, for: viewer, at: now).map {
                #"<p id="partner-time">\#($0).</p>"#
            } ?? .empty
        let shared = state.clocks.timeZone(of: viewer)
        let mine: HTML
        if let shared {
            let stale: HTML =
                shared == myTimeZone
                ? .empty
                : """
                 Your settings now say \(TimeZonePicker.place(myTimeZone)) time. \
                \(forms.post(Post.shareClock(), class: "inline", "\(Forms.hidden("share", "yes"))<button class=\"quiet\" id=\"share-clock\">Let \(partner.name) see this one</button>"))
                """
            mine = """
                <p class="note">\(partner.name) sees your local time (\(TimeZonePicker.place(shared)) time).\(stale)</p>
                \(forms.post(Post.shareClock(), class: "inline", "\(Forms.hidden("share", "no"))<button class=\"quiet\" id=\"stop-clock\">Stop showing my time</button>"))
                """
        } else {
            mine = """
                <p class="note">A time zone tells roughly where you are: \(partner.name) sees yours only if you want.</p>
                \(forms.post(Post.shareClock(), class: "inline", "\(Forms.hidden("share", "yes"))<button class=\"quiet\" id=\"share-clock\">Let \(partner.name) see my local time</button>"))
                """
        }
        return "<section id=\"clocks\">\(theirs)\(mine)</section>"
    }
}
