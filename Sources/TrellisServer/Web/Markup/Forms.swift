import TrellisLanguage

/// The one way a page makes a form that changes something: every form it makes carries the
/// visit's form token, so no page can forget it. A form that was just refused comes back with the
/// reason inside it and what was typed still in its fields.
struct Forms: Sendable {
    /// The visit's form token (see `WebVisit`).
    let token: String
    /// The form that was just refused, if any.
    var returned: ReturnedForm? = nil
    /// The screen every form comes back to, sent as the `back` field.
    var back: String? = nil

    /// `<form method="post">` to `action`, with the token first.
    func post(_ action: PostAddress, id: String? = nil, class cssClass: String? = nil, _ content: HTML) -> HTML {
        let reason: HTML =
            returned.flatMap { $0.action == action.path ? $0.error : nil }.map {
                #"<p class="error" id="refused" role="alert">\#($0.message) \#(say("common.forms.keptHere"))</p>"#
            } ?? .empty
        return """
            <form method="post" action="\(action)"\(attribute("id", id))\(attribute("class", cssClass))>\
            \(Self.hidden("csrf", token))\(back.map { Self.hidden("back", $0) } ?? .empty)\(reason)\(content)</form>
            """
    }

    /// The refusal at the top of the page; it points to the form when that form is on the page.
    func banner(_ error: TrellisError?) -> HTML {
        guard let error else { return .empty }
        let kept: HTML =
            returned == nil ? .empty : ##" <a href="#refused">\##(say("common.forms.keptBelow"))</a>"##
        return #"<p class="error" role="alert">\#(error.message)\#(kept)</p>"#
    }

    /// What was typed into `field` of the form posting to `action`, when that form was just refused.
    func typed(_ action: PostAddress, _ field: String) -> String {
        guard let returned, returned.action == action.path else { return "" }
        return returned.fields[field] ?? ""
    }

    /// Every value typed under `field` (checkbox groups) of the just-refused form posting to `action`.
    func typedAll(_ action: PostAddress, _ field: String) -> [String] {
        guard let returned, returned.action == action.path else { return [] }
        return returned.fields.all(field)
    }

    /// `<option>`s with the one typed into `field` selected (or `fallback` when nothing was typed).
    func options(
        _ action: PostAddress, _ field: String, _ choices: [(value: String, label: String)], fallback: String? = nil
    ) -> HTML {
        let typed = typed(action, field)
        let chosen = typed.isEmpty ? fallback : typed
        return choices.map {
            #"<option value="\#($0.value)"\#($0.value == chosen ? " selected" : "")>\#($0.label)</option>"# as HTML
        }.joined()
    }

    /// ` open` for the `<details>` around a form that was just refused, so its words are in view.
    /// The optional "a day to look at it again" of a grant or an expectation.
    func reviewDay(_ action: PostAddress) -> HTML {
        """
        <label>\(say("common.forms.reviewDay")) <input type="date" name="reviewOn" \
        value="\(typed(action, "reviewOn"))"></label>
        """
    }

    func openIfReturned(_ action: PostAddress) -> HTML { isReturned(action) ? " open" : .empty }

    /// Whether the form posting to `action` was just refused (so its folded section opens).
    func isReturned(_ action: PostAddress) -> Bool { returned?.action == action.path }

    static func hidden(_ name: String, _ value: String) -> HTML {
        #"<input type="hidden" name="\#(name)" value="\#(value)">"#
    }

    private func attribute(_ name: String, _ value: String?) -> HTML {
        value.map { #" \#(name)="\#($0)""# } ?? .empty
    }
}

/// A refused form, sent back to the page it came from.
struct ReturnedForm: Sendable {
    /// The address the form posted to.
    let action: String
    let fields: FormFields
    let error: TrellisError
}
