import Foundation
import TrellisCore
import TrellisLanguage

/// The live part of the window page, by phase: start one, wait, join or not, the open window with
/// its question, clock and ratings, or the calm pause. `data-phase` and the clock's
/// `data-seconds` let the script count down and ask again when the time is up.
struct WindowLiveView {
    let page: WindowPageView

    private var forms: Forms { page.forms }
    private var partner: String { page.partner }

    var html: HTML {
        guard let window = page.state.windows.live, window.isParticipant(page.viewer) else {
            return #"<section id="window-live" data-phase="none">\#(start)</section>"#
        }
        let id = window.id
        let body: HTML =
            switch window.phase {
            case .invited: invited(window, id)
            case .open: open(window, id)
            case .paused: paused(window, id)
            case .ended: .empty
            }
        return #"<section id="window-live" data-phase="\#(window.phase.rawValue)">\#(body)</section>"#
    }

    private var start: HTML {
        let action = Post.startWindow()
        return """
            <p>\(say("building.window.intro"))</p>
            \(forms.post(action, """
                <label>\(say("building.window.label.question")) <textarea name="question" required maxlength="\(TransparencyWindow.maximumQuestion)">\
                \(forms.typed(action, "question"))</textarea></label>
                <p class="note">\(say("building.window.onlyYouUntilJoined", ["name": partner]))\
                \(HomeClocks.partnersTime(in: page.state, for: page.viewer, at: page.now).map { " \($0)." } ?? "")</p>
                <button id="start-window">\(say("building.window.invite", ["name": partner]))</button>
                """))
            """
    }

    private func invited(_ window: TransparencyWindow, _ id: WindowID) -> HTML {
        if window.asker == page.viewer {
            return """
                <p id="window-status">\(say("building.window.waitingToJoin", ["name": partner]))</p>
                <p>\(HTML.say("building.window.yourQuestion", ["question": "<strong>\(window.question ?? "")</strong>"]))</p>
                \(leave(id, say("building.window.callOff")))
                """
        }
        return """
            <p id="window-status">\(say("building.window.invited", ["name": partner]))</p>
            \(forms.post(Post.window(.join)(id), class: "inline", #"<button id="join-window">\#(say("building.window.join"))</button>"#))
            \(forms.post(Post.window(.decline)(id), class: "inline", #"<button id="decline-window" class="quiet">\#(say("building.window.notNow"))</button>"#))
            """
    }

    private func open(_ window: TransparencyWindow, _ id: WindowID) -> HTML {
        let left = max(0, window.openSeconds - Int(window.openTime(at: page.now).rounded(.down)))
        return """
            <p class="window-question">\(window.question ?? "")</p>
            <p id="window-status">\(HTML.say("building.window.timeLeft", ["time": #"<span id="remaining" data-seconds="\#(String(left))">\#(WindowPageView.clock(left))</span>"#]))</p>
            \(ratings(window, id))
            \(leave(id, say("building.window.end")))
            """
    }

    private func paused(_ window: TransparencyWindow, _ id: WindowID) -> HTML {
        let mine = window.ratings[page.viewer] ?? 0
        let ready: HTML =
            window.ready.contains(page.viewer)
            ? "<p>\(say("building.window.readyWaiting", ["name": partner]))</p>"
            : mine > TransparencyWindow.calmEnough
                ? #"<p class="note">\#(say("building.window.whenCalmer"))</p>"#
                : forms.post(Post.window(.ready)(id), #"<button id="ready">\#(say("building.window.ready"))</button>"#)
        return """
            <p id="window-status">\(say("building.window.paused"))</p>
            <div class="breathe" aria-hidden="true"></div>
            <p>\(say("building.window.breathe"))</p>
            \(ready)
            \(ratings(window, id))
            \(leave(id, say("building.window.end")))
            """
    }

    /// Both numbers, and mine to change in one tap.
    private func ratings(_ window: TransparencyWindow, _ id: WindowID) -> HTML {
        let other = window.asker == page.viewer ? window.partner : window.asker
        func said(_ member: MemberID) -> String {
            window.ratings[member].map(String.init) ?? say("building.window.notSetYet")
        }
        let buttons = TransparencyWindow.ratings.map { value -> HTML in
            let pressed = window.ratings[page.viewer] == value
            return
                #"<button name="rating" value="\#(String(value))" class="rating" aria-pressed="\#(pressed ? "true" : "false")">\#(String(value))</button>"#
        }.joined()
        return """
            <p id="ratings">\(say("building.window.ratings", ["mine": said(page.viewer), "name": partner, "theirs": said(other)]))</p>
            \(forms.post(Post.window(.rate)(id), class: "rating-scale", """
                <p class="note">\(say("building.window.howDefensive"))</p>\(buttons)
                """))
            """
    }

    private func leave(_ id: WindowID, _ label: String) -> HTML {
        forms.post(
            Post.window(.leave)(id), class: "leave", #"<button id="leave-window" class="quiet">\#(label)</button>"#)
    }
}
