/// The one step before leaving, which cannot be undone: said plainly, with staying as easy as going.
struct LeavePageView {
    let forms: Forms
    let partner: String?

    var html: HTML {
        let keeps: HTML = partner.map { "\($0) keeps" } ?? "The couple's record keeps"
        let leave = forms.post(
            "/couple/leave",
            """
            \(Forms.hidden("confirm", "yes"))<button id="confirm-leave" class="quiet">Yes, leave the couple</button>
            """)
        return """
            <h1>Leave the couple?</h1>
            <p>Leaving ends your access to everything you two wrote here. \(keeps) what was shared. \
            This cannot be undone: a couple someone has left never takes a new partner.</p>
            \(leave)
            <p><a id="stay" class="button" href="\(Page.home())">Stay</a></p>
            """
    }
}
