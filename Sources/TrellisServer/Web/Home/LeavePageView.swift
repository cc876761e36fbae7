/// The one step before leaving, which cannot be undone: said plainly, with staying as easy as going.
struct LeavePageView {
    let forms: Forms
    let partner: String?

    var html: HTML {
        let keeps: HTML =
            partner.map { "\($0) keeps what was shared." }
            ?? "Nobody else is in it, so the couple's record is deleted, with everything in it."
        let leave = forms.post(
            Post.leave(),
            """
            \(Forms.hidden("confirm", "yes"))<button id="confirm-leave" class="quiet">Yes, leave the couple</button>
            """)
        let copy: HTML =
            partner == nil
            ? """
            <p>To keep a copy of everything you can see now, <a href="\(ExportPages.document)">read or save \
            it</a> first.</p>
            """
            : """
            <p>Your copy stays yours: after leaving, your settings still let you read or save what the \
            couple held until you left, and your own private entries. Nothing written after reaches you.</p>
            """
        return """
            <h1>Leave the couple?</h1>
            <p>Leaving ends your access to the couple from now on. \(keeps) \
            This cannot be undone: a couple someone has left never takes a new partner.</p>
            \(copy)
            \(leave)
            <p><a id="stay" class="button" href="\(Page.home())">Stay</a></p>
            """
    }
}
