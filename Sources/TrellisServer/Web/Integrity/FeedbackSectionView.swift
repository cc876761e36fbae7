import Foundation
import TrellisCore

/// Feedback as a tool: to reply, the receiver pauses, finds one true thing, and names it back.
/// There is no reply form that skips the reflection.
struct FeedbackSectionView {
    let view: IntegrityView
    let now: Date
    let forms: Forms
    /// Feedback goes to a partner; with none here (not yet, or no longer) there is no form.
    var hasPartner = true
    /// The earlier part of a list the page shows, if any.
    var showing: ListCursor? = nil

    var html: HTML {
        let give: HTML =
            !hasPartner
            ? #"<p class="note" id="no-partner">Feedback goes to your partner, and there is no partner here now.</p>"#
            : view.awaitsMyReflection
                ? #"<p class="note" id="reflect-first">First name back what you heard in the feedback you received.</p>"#
                : forms.post(
                    Post.giveFeedback(),
                    """
                    <label>What I want them to hear <textarea id="feedback-text" name="text" required>\(forms.typed(Post.giveFeedback(), "text"))</textarea></label>
                    <button id="give-feedback">Give feedback</button>
                    """)
        return """
            <section id="feedback"><h2>Feedback</h2>
            <p class="note">\(IntegrityGuidance.feedbackSteps)</p>
            <h3>Given to me</h3>
            <ul id="feedback-to-me">\(view.feedbackToMe.items.map(listed).joined())</ul>\
            \(Self.paging.html(view.feedbackToMe, named: IntegrityView.List.feedbackToMe, showing: showing))
            <h3>Feedback for my partner</h3>
            \(give)
            <ul id="feedback-from-me">\(view.feedbackFromMe.items.map(given).joined())</ul>\
            \(Self.paging.html(view.feedbackFromMe, named: IntegrityView.List.feedbackFromMe, showing: showing))
            </section>
            """
    }

    private static let paging = EarlierLink(label: "Earlier feedback") { .integrity(earlier: $0) }

    /// In the list: feedback still to take in links to its own screen, where nothing else competes
    /// with the pause; what was named back already is shown as it stands.
    private func listed(_ feedback: Feedback) -> HTML {
        switch feedback.stage(at: now) {
        case .namedBack, .landed: return received(feedback)
        default:
            return """
                <li class="feedback-received" id="\(Self.anchor(feedback))"><p class="feedback-text">\(feedback.text)</p>\
                <p><a class="open-feedback button" href="\(Page.feedback(feedback.id))">Take a moment with it</a></p></li>
                """
        }
    }

    /// One feedback received with the step it waits for: pause, pausing, name it back, or what
    /// was named back. The feedback screen shows it alone.
    func received(_ feedback: Feedback) -> HTML {
        let id = feedback.id
        let reflection = feedback.reflection ?? ""
        let step: HTML
        switch feedback.stage(at: now) {
        case .toPause:
            step = forms.post(Post.pauseOnFeedback(id), #"<button class="begin-pause">I have read it: pause</button>"#)
        case .pausing(let opens):
            // Our script counts down and opens the reply in place at zero, so nothing typed
            // elsewhere on the page is lost; without it, the link reads the page again.
            let seconds = Int(opens.timeIntervalSince(now).rounded(.up))
            step = """
                <p class="pausing">Take a breath. The reply opens in <span class="pause-countdown" \
                data-seconds="\(String(seconds))">\(String(seconds))</span> seconds. \
                <a class="pause-done" href="\(Page.feedback(feedback.id))">I am ready</a> \
                or <a href="\(Page.home())">come back later</a>.</p>
                """
        case .toNameBack:
            step = nameBack(id, label: "The one true thing I hear in it")
        case .namedBack, .landed:
            let answer = feedback.landed == true ? "Your partner: yes, that's it." : ""
            step =
                #"\#(earlier(feedback))<p>You named back: <span class="reflection">\#(reflection)</span> \#(answer)</p>"#
        case .notQuite:
            let again = Post.reflect(id)
            step = """
                \(earlier(feedback))<p>You named back: <span class="reflection">\(reflection)</span> \
                Your partner: not quite.</p>\(meant(feedback))<details class="try-again"\(forms.openIfReturned(again))>\
                <summary>Name it back again</summary>\(nameBack(id, label: "What I hear now"))</details>
                """
        }
        return """
            <li class="feedback-received" id="\(Self.anchor(feedback))"><p class="feedback-text">\(feedback.text)</p>\
            \(step)</li>
            """
    }

    private static func anchor(_ feedback: Feedback) -> String { "feedback-\(feedback.id.description)" }

    /// The form that names back what was heard, the first time or again after "not quite".
    private func nameBack(_ id: FeedbackID, label: String) -> HTML {
        let action = Post.reflect(id)
        return forms.post(
            action,
            """
            <label>\(label) <textarea class="reflection-text" name="text" required>\
            \(forms.typed(action, "text"))</textarea></label>
            <button class="name-it-back">Name it back</button>
            """)
    }

    private func given(_ feedback: Feedback) -> HTML {
        let path = Post.markReflection(feedback.id)
        let heard: HTML =
            #"\#(earlier(feedback))<p>They heard: <span class="reflection">\#(feedback.reflection ?? "")</span></p>"#
        let step: HTML
        switch feedback.stage(at: now) {
        case .toPause, .pausing, .toNameBack:
            step = #"<p class="note">Not named back yet.</p>"#
        case .landed:
            step = heard + #"<p class="marked">You said: yes, that's it.</p>"#
        case .notQuite:
            step = heard + #"<p class="marked">You said: not quite.</p>"# + meant(feedback)
        case .namedBack:
            let notQuite = forms.post(
                path,
                """
                \(Forms.hidden("landed", "no"))<label>What I meant (optional) \
                <textarea name="line">\(forms.typed(path, "line"))</textarea></label>\
                <button class="mark-not-quite quiet">Not quite</button>
                """)
            let yes = forms.post(
                path, class: "inline",
                #"\#(Forms.hidden("landed", "yes"))<button class="mark-landed">Yes, that's it</button>"#)
            step =
                heard + yes
                + #"<details class="not-quite"\#(forms.openIfReturned(path))><summary>Not quite…</summary>\#(notQuite)</details>"#
        }
        return #"<li class="feedback-given"><p class="feedback-text">\#(feedback.text)</p>\#(step)</li>"#
    }

    /// What was named back before, each answered "not quite".
    private func earlier(_ feedback: Feedback) -> HTML {
        feedback.earlierReflections.map { #"<p class="note">Named back before: \#($0) (not quite)</p>"# as HTML }
            .joined()
    }

    /// The giver's line on what they meant, when there is one.
    private func meant(_ feedback: Feedback) -> HTML {
        feedback.clarification.map { #"<p class="clarification">What they meant: \#($0)</p>"# } ?? .empty
    }
}
