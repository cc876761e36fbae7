import TrellisLanguage

/// The one step before leaving, which cannot be undone: said plainly, with staying as easy as going.
struct LeavePageView {
    let forms: Forms
    let partner: String?

    var html: HTML {
        let keeps = partner.map { say("home.leave.partnerKeeps", ["name": $0]) } ?? say("home.leave.nobodyElse")
        let leave = forms.post(
            Post.leave(),
            """
            \(Forms.hidden("confirm", "yes"))<button id="confirm-leave" class="quiet">\(say("home.leave.confirm"))</button>
            """)
        let save: HTML = #"<a href="\#(ExportPages.document)">\#(say("home.leave.readOrSave"))</a>"#
        let copy: HTML =
            partner == nil
            ? "<p>\(HTML.say("home.leave.keepCopy", ["link": save]))</p>"
            : "<p>\(say("home.leave.copyStaysYours"))</p>"
        return """
            <h1>\(say("home.leave.heading"))</h1>
            <p>\(say("home.leave.endsAccess")) \(keeps) \(say("home.leave.cannotBeUndone"))</p>
            \(copy)
            \(leave)
            <p><a id="stay" class="button" href="\(Page.home())">\(say("home.leave.stay"))</a></p>
            """
    }
}
