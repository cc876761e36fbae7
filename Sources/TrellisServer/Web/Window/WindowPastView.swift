import Foundation
import TrellisCore

/// One past window: its question, when, how much open time, pauses, how it ended, and the
/// reflections (mine, with a form or a way to share it; my partner's once shared).
struct WindowPastView {
    let page: WindowPageView
    let window: TransparencyWindow

    var html: HTML {
        let day = HumanDay.text(page.settings.today(at: window.startedAt), today: page.settings.today(at: page.now))
        let other = window.asker == page.viewer ? window.partner : window.asker
        let opened = window.question != nil && window.ending != .declined && window.openTime(at: page.now) > 0
        var parts: [HTML] = [
            "<p class=\"note\">\(day) · \(ending) · \(WindowPageView.duration(window.openTime(at: page.now))) of open time\(pauses)</p>"
        ]
        if let question = window.question, opened { parts.append("<p><strong>\(question)</strong></p>") }
        if let mine = window.reflections[page.viewer] {
            let share: HTML =
                mine.visibility == .private
                ? #"<a class="share-reflection step" href="\#(Post.window(.share)(window.id))">Share it with \#(page.partner)…</a>"#
                : .empty
            parts.append(
                "<p>Your reflection\(mine.visibility == .private ? " (only you)" : ""): \(mine.text)</p>\(share)")
        } else if opened {
            let action = Post.window(.reflect)(window.id)
            parts.append(
                forms.post(
                    action,
                    """
                    <label>Your reflection <textarea name="text" required maxlength="\(TransparencyWindow.maximumReflection)">\
                    \(forms.typed(action, "text"))</textarea></label>
                    <label class="check"><input type="checkbox" name="shared"> Share it with \(page.partner)</label>
                    <button class="reflect">Keep it</button>
                    """))
        }
        if let theirs = window.reflections[other] {
            parts.append("<p>\(page.partner)\u{2019}s reflection: \(theirs.text)</p>")
        }
        return #"<li class="fear window">\#(parts.joined())</li>"#
    }

    private var forms: Forms { page.forms }

    private var ending: String {
        let who = window.endedBy == page.viewer ? "you" : page.partner
        switch window.ending {
        case .timeUp: return "ran its full time"
        case .left: return "ended by \(who)"
        case .declined: return "\(who) said not now"
        case .abandoned: return "ended by itself when nobody was there"
        case nil: return "ended"
        }
    }

    private var pauses: String {
        switch window.pauses {
        case 0: ""
        case 1: " · paused once"
        case 2: " · paused twice"
        default: " · paused \(window.pauses) times"
        }
    }
}
