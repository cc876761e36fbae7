import Foundation
import TrellisCore

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
            <p>Ten minutes of open time for the one question you have been afraid to ask. Each of you \
            says how defensive you feel, from 0 to 10, at any moment. Above 5, the window pauses for \
            both of you until you are both calmer and ready. Either of you can end it at any time, \
            without a reason.</p>
            \(forms.post(action, """
                <label>Your question <textarea name="question" required maxlength="\(TransparencyWindow.maximumQuestion)">\
                \(forms.typed(action, "question"))</textarea></label>
                <p class="note">Only you can read it until \(partner) joins; then you both see it.\
                \(HomeClocks.partnersTime(in: page.state, for: page.viewer, at: page.now).map { " \($0)." } ?? "")</p>
                <button id="start-window">Invite \(partner)</button>
                """))
            """
    }

    private func invited(_ window: TransparencyWindow, _ id: WindowID) -> HTML {
        if window.asker == page.viewer {
            return """
                <p id="window-status">Waiting for \(partner) to join.</p>
                <p>Your question: <strong>\(window.question ?? "")</strong></p>
                \(leave(id, "Call it off"))
                """
        }
        return """
            <p id="window-status">\(partner) would like a Transparency Window with you: ten minutes, one \
            question, and you can stop at any moment.</p>
            \(forms.post(Post.window(.join)(id), class: "inline", #"<button id="join-window">Join</button>"#))
            \(forms.post(Post.window(.decline)(id), class: "inline", #"<button id="decline-window" class="quiet">Not now</button>"#))
            """
    }

    private func open(_ window: TransparencyWindow, _ id: WindowID) -> HTML {
        let left = max(0, window.openSeconds - Int(window.openTime(at: page.now).rounded(.down)))
        return """
            <p class="window-question">\(window.question ?? "")</p>
            <p id="window-status"><span id="remaining" data-seconds="\(String(left))">\(WindowPageView.clock(left))</span> \
            of open time left.</p>
            \(ratings(window, id))
            \(leave(id, "End the window"))
            """
    }

    private func paused(_ window: TransparencyWindow, _ id: WindowID) -> HTML {
        let mine = window.ratings[page.viewer] ?? 0
        let ready: HTML =
            window.ready.contains(page.viewer)
            ? "<p>You are ready. Waiting for \(partner).</p>"
            : mine > TransparencyWindow.calmEnough
                ? #"<p class="note">When you feel calmer, set your number to 5 or below, then say you are ready.</p>"#
                : forms.post(Post.window(.ready)(id), #"<button id="ready">I am ready to go on</button>"#)
        return """
            <p id="window-status">Paused for both of you. The clock has stopped.</p>
            <div class="breathe" aria-hidden="true"></div>
            <p>Breathe in as the circle grows, and out as it shrinks. Nothing needs to be said right now.</p>
            \(ready)
            \(ratings(window, id))
            \(leave(id, "End the window"))
            """
    }

    /// Both numbers, and mine to change in one tap.
    private func ratings(_ window: TransparencyWindow, _ id: WindowID) -> HTML {
        let other = window.asker == page.viewer ? window.partner : window.asker
        func said(_ member: MemberID) -> String { window.ratings[member].map(String.init) ?? "not set yet" }
        let buttons = TransparencyWindow.ratings.map { value -> HTML in
            let pressed = window.ratings[page.viewer] == value
            return
                #"<button name="rating" value="\#(String(value))" class="rating" aria-pressed="\#(pressed ? "true" : "false")">\#(String(value))</button>"#
        }.joined()
        return """
            <p id="ratings">How defensive. You: \(said(page.viewer)) · \(partner): \(said(other))</p>
            \(forms.post(Post.window(.rate)(id), class: "rating-scale", """
                <p class="note">How defensive do you feel right now? 0 is open, 10 is walls up.</p>\(buttons)
                """))
            """
    }

    private func leave(_ id: WindowID, _ label: String) -> HTML {
        forms.post(
            Post.window(.leave)(id), class: "leave", #"<button id="leave-window" class="quiet">\#(label)</button>"#)
    }
}
