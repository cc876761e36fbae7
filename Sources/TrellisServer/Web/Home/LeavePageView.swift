/// The one step before leaving, which cannot be undone: said plainly, with staying as easy as going.
struct LeavePageView {
    let forms: Forms
    let partner: String?

    var html: HTML {
        let keeps: HTML =
            partner.map { "\($0) keeps what was shared." }
            ?? "Nobody else is in it, so the couple's record is deleted, with everything in it."
        let leave = forms.post(
            "/couple/leave",
            """
            \(Forms.hidden("confirm", "yes"))<button id="confirm-leave" class="quiet">Yes, leave the couple</button>
            """)
        return """
            <h1>Leave the couple?</h1>
            <p>Leaving ends your access to everything you two wrote here. \(keeps) \
            This cannot be undone: a couple someone has left never takes a new partner.</p>
            <p>To keep a copy of everything you can see now, <a href="\(ExportPages.document)">read or save \
            it</a> first.</p>
            \(leave)
            <p><a id="stay" class="button" href="\(Page.home())">Stay</a></p>
            """
    }
}
