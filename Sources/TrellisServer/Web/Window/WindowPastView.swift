import Foundation
import TrellisCore
import TrellisLanguage

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
            "<p class=\"note\">\(day) · \(ending) · \(say("building.window.openTime", ["duration": WindowPageView.duration(window.openTime(at: page.now))]))\(pauses)</p>"
        ]
        if let question = window.question, opened { parts.append("<p><strong>\(question)</strong></p>") }
        if let mine = window.reflections[page.viewer] {
            let share: HTML =
                mine.visibility == .private
                ? #"<a class="share-reflection step" href="\#(Post.window(.share)(window.id))">\#(say("building.window.shareReflection", ["name": page.partner]))</a>"#
                : .empty
            parts.append(
                "<p>\(mine.visibility == .private ? say("building.window.myReflectionPrivate", ["text": mine.text]) : say("building.window.myReflection", ["text": mine.text]))</p>\(share)"
            )
        } else if opened {
            let action = Post.window(.reflect)(window.id)
            parts.append(
                forms.post(
                    action,
                    """
                    <label>\(say("building.window.label.reflection")) <textarea name="text" required maxlength="\(TransparencyWindow.maximumReflection)">\
                    \(forms.typed(action, "text"))</textarea></label>
                    <label class="check"><input type="checkbox" name="shared"> \(say("building.window.shareIt", ["name": page.partner]))</label>
                    <button class="reflect">\(say("building.window.keepIt"))</button>
                    """))
        }
        if let theirs = window.reflections[other] {
            parts.append(
                "<p>\(say("building.window.partnersReflection", ["name": page.partner, "text": theirs.text]))</p>")
        }
        return #"<li class="fear window">\#(parts.joined())</li>"#
    }

    private var forms: Forms { page.forms }

    private var ending: String {
        let byMe = window.endedBy == page.viewer
        switch window.ending {
        case .timeUp: return say("building.window.ending.timeUp")
        case .left:
            return byMe
                ? say("building.window.ending.leftByYou") : say("building.window.ending.left", ["name": page.partner])
        case .declined:
            return byMe
                ? say("building.window.ending.declinedByYou")
                : say("building.window.ending.declined", ["name": page.partner])
        case .abandoned: return say("building.window.ending.abandoned")
        case nil: return say("building.window.ending.ended")
        }
    }

    private var pauses: String {
        switch window.pauses {
        case 0: ""
        case 1: " · \(say("building.window.pausedOnce"))"
        case 2: " · \(say("building.window.pausedTwice"))"
        default: " · \(say("building.window.pausedTimes", count: window.pauses))"
        }
    }
}
