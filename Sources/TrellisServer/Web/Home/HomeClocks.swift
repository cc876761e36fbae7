import Foundation
import TrellisCore
import TrellisLanguage

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
        let time = Say.time(hour: (minutes / 60 % 24 + 24) % 24, minute: (minutes % 60 + 60) % 60)
        return say(
            "home.clocks.partnersTime", ["time": time, "name": partner.name, "place": TimeZonePicker.place(name)])
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
                 \(say("home.clocks.settingsNowSay", ["place": TimeZonePicker.place(myTimeZone)])) \
                \(forms.post(Post.shareClock(), class: "inline", "\(Forms.hidden("share", "yes"))<button class=\"quiet\" id=\"share-clock\">\(say("home.clocks.letSeeThisOne", ["name": partner.name]))</button>"))
                """
            mine = """
                <p class="note">\(say("home.clocks.partnerSeesYours", ["name": partner.name, "place": TimeZonePicker.place(shared)]))\(stale)</p>
                \(forms.post(Post.shareClock(), class: "inline", "\(Forms.hidden("share", "no"))<button class=\"quiet\" id=\"stop-clock\">\(say("home.clocks.stopShowing"))</button>"))
                """
        } else {
            mine = """
                <p class="note">\(say("home.clocks.onlyIfYouWant", ["name": partner.name]))</p>
                \(forms.post(Post.shareClock(), class: "inline", "\(Forms.hidden("share", "yes"))<button class=\"quiet\" id=\"share-clock\">\(say("home.clocks.letSeeMine", ["name": partner.name]))</button>"))
                """
        }
        return "<section id=\"clocks\">\(theirs)\(mine)</section>"
    }
}
