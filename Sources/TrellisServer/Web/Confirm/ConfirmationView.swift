import TrellisLanguage

/// The one step before something that cannot be taken back: what it is, what follows, and going
/// back as easy as going on. The form repeats the step with `confirm=yes`.
struct ConfirmationView {
    let question: String
    /// The words of the thing itself (the action, the area, the entry), shown as they are.
    let subject: String
    let consequence: String
    let action: PostAddress
    var fields: [(name: String, value: String)] = []
    let yes: String
    let yesID: String
    let back: String

    func html(_ forms: Forms) -> HTML {
        let hidden = fields.map { Forms.hidden($0.name, $0.value) }.joined()
        let confirm = forms.post(
            action, "\(hidden)\(Forms.hidden("confirm", "yes"))<button id=\"\(yesID)\" class=\"quiet\">\(yes)</button>")
        return """
            <h1>\(question)</h1>
            <blockquote class="subject">\(subject)</blockquote>
            <p>\(consequence)</p>
            \(confirm)
            <p><a id="go-back" class="button" href="\(back)">\(say("common.confirm.goBack"))</a></p>
            """
    }
}

extension FormFields {
    /// Steps that cannot be taken back come from their confirmation page alone.
    func requireConfirmation() throws {
        guard self["confirm"] == "yes" else { throw TrellisError.notConfirmed }
    }
}

extension TrellisError {
    static var notConfirmed: TrellisError {
        TrellisError(.badRequest, "not_confirmed", say("common.confirm.needed"))
    }
}
