import Foundation
import TrellisCore
import TrellisLanguage

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
            ? #"<p class="note" id="no-partner">\#(say("trust.feedback.noPartner"))</p>"#
            : view.awaitsMyReflection
                ? #"<p class="note" id="reflect-first">\#(say("trust.feedback.reflectFirst"))</p>"#
                : forms.post(
                    Post.giveFeedback(),
                    """
                    <label>\(say("trust.feedback.giveLabel")) <textarea id="feedback-text" name="text" required>\(forms.typed(Post.giveFeedback(), "text"))</textarea></label>
                    <button id="give-feedback">\(say("trust.feedback.giveButton"))</button>
                    """)
        return """
            <section id="feedback"><h2>\(say("trust.feedback.title"))</h2>
            <p class="note">\(IntegrityGuidance.feedbackSteps)</p>
            <h3>\(say("trust.feedback.givenToMe"))</h3>
            <ul id="feedback-to-me">\(view.feedbackToMe.items.map(listed).joined())</ul>\
            \(Self.paging.html(view.feedbackToMe, named: IntegrityView.List.feedbackToMe, showing: showing))
            <h3>\(say("trust.feedback.forMyPartner"))</h3>
            \(give)
            <ul id="feedback-from-me">\(view.feedbackFromMe.items.map(given).joined())</ul>\
            \(Self.paging.html(view.feedbackFromMe, named: IntegrityView.List.feedbackFromMe, showing: showing))
            </section>
            """
    }

    private static var paging: EarlierLink {
        EarlierLink(label: say("trust.feedback.earlier")) { .integrity(earlier: $0) }
    }

    /// In the list: feedback still to take in links to its own screen, where nothing else competes
    /// with the pause; what was named back already is shown as it stands.
    private func listed(_ feedback: Feedback) -> HTML {
        switch feedback.stage(at: now) {
        case .namedBack, .landed: return received(feedback)
        default:
            return """
                <li class="feedback-received" id="\(Self.anchor(feedback))"><p class="feedback-text">\(feedback.text)</p>\
                <p><a class="open-feedback button" href="\(Page.feedback(feedback.id))">\(say("trust.feedback.takeAMoment"))</a></p></li>
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
            step = forms.post(
                Post.pauseOnFeedback(id), #"<button class="begin-pause">\#(say("trust.feedback.pauseButton"))</button>"#
            )
        case .pausing(let opens):
            // Our script counts down and opens the reply in place at zero, so nothing typed
            // elsewhere on the page is lost; without it, the link reads the page again.
            let seconds = Int(opens.timeIntervalSince(now).rounded(.up))
            let countdown: HTML =
                #"<span class="pause-countdown" data-seconds="\#(String(seconds))">\#(String(seconds))</span>"#
            let ready: HTML =
                #"<a class="pause-done" href="\#(Page.feedback(feedback.id))">\#(say("trust.feedback.ready"))</a>"#
            let later: HTML = #"<a href="\#(Page.home())">\#(say("trust.feedback.comeBackLater"))</a>"#
            step = """
                <p class="pausing">\(HTML.say("trust.feedback.pausing", ["seconds": countdown, "ready": ready, "later": later]))</p>
                """
        case .toNameBack:
            step = nameBack(id, label: say("trust.feedback.nameBackLabel"))
        case .namedBack, .landed:
            let answer = feedback.landed == true ? say("trust.feedback.partnerSaidYes") : ""
            step = #"\#(earlier(feedback))<p>\#(namedBack(reflection)) \#(answer)</p>"#
        case .notQuite:
            let again = Post.reflect(id)
            step = """
                \(earlier(feedback))<p>\(namedBack(reflection)) \(say("trust.feedback.partnerSaidNotQuite"))</p>\
                \(meant(feedback))<details class="try-again"\(forms.openIfReturned(again))>\
                <summary>\(say("trust.feedback.nameBackAgain"))</summary>\(nameBack(id, label: say("trust.feedback.hearNowLabel")))</details>
                """
        }
        return """
            <li class="feedback-received" id="\(Self.anchor(feedback))"><p class="feedback-text">\(feedback.text)</p>\
            \(step)</li>
            """
    }

    private static func anchor(_ feedback: Feedback) -> String { "feedback-\(feedback.id.description)" }

    /// "You named back: …", with what was named back set apart.
    private func namedBack(_ reflection: String) -> HTML {
        HTML.say("trust.feedback.youNamedBack", ["reflection": #"<span class="reflection">\#(reflection)</span>"#])
    }

    /// The form that names back what was heard, the first time or again after "not quite".
    private func nameBack(_ id: FeedbackID, label: String) -> HTML {
        let action = Post.reflect(id)
        return forms.post(
            action,
            """
            <label>\(label) <textarea class="reflection-text" name="text" required>\
            \(forms.typed(action, "text"))</textarea></label>
            <button class="name-it-back">\(say("trust.feedback.nameBackButton"))</button>
            """)
    }

    private func given(_ feedback: Feedback) -> HTML {
        let path = Post.markReflection(feedback.id)
        let reflection: HTML = #"<span class="reflection">\#(feedback.reflection ?? "")</span>"#
        let heard: HTML =
            #"\#(earlier(feedback))<p>\#(HTML.say("trust.feedback.theyHeard", ["reflection": reflection]))</p>"#
        let step: HTML
        switch feedback.stage(at: now) {
        case .toPause, .pausing, .toNameBack:
            step = #"<p class="note">\#(say("trust.feedback.notNamedBackYet"))</p>"#
        case .landed:
            step = heard + #"<p class="marked">\#(say("trust.feedback.youSaidYes"))</p>"#
        case .notQuite:
            step = heard + #"<p class="marked">\#(say("trust.feedback.youSaidNotQuite"))</p>"# + meant(feedback)
        case .namedBack:
            let notQuite = forms.post(
                path,
                """
                \(Forms.hidden("landed", "no"))<label>\(say("trust.feedback.meantLabel")) \
                <textarea name="line">\(forms.typed(path, "line"))</textarea></label>\
                <button class="mark-not-quite quiet">\(say("trust.feedback.notQuiteButton"))</button>
                """)
            let yes = forms.post(
                path, class: "inline",
                #"\#(Forms.hidden("landed", "yes"))<button class="mark-landed">\#(say("trust.feedback.yesButton"))</button>"#
            )
            step =
                heard + yes
                + #"<details class="not-quite"\#(forms.openIfReturned(path))><summary>\#(say("trust.feedback.notQuiteSummary"))</summary>\#(notQuite)</details>"#
        }
        return #"<li class="feedback-given"><p class="feedback-text">\#(feedback.text)</p>\#(step)</li>"#
    }

    /// What was named back before, each answered "not quite".
    private func earlier(_ feedback: Feedback) -> HTML {
        feedback.earlierReflections.map {
            #"<p class="note">\#(say("trust.feedback.namedBackBefore", ["reflection": $0]))</p>"# as HTML
        }
        .joined()
    }

    /// The giver's line on what they meant, when there is one.
    private func meant(_ feedback: Feedback) -> HTML {
        feedback.clarification.map {
            #"<p class="clarification">\#(say("trust.feedback.whatTheyMeant", ["meant": $0]))</p>"#
        } ?? .empty
    }
}
