/// The one way a page makes a form that changes something: every form it makes carries the
/// visit's form token, so no page can forget it.
struct Forms: Sendable {
    /// The visit's form token (see `WebVisit`).
    let token: String

    /// `<form method="post">` to `action`, with the token first.
    func post(_ action: String, id: String? = nil, class cssClass: String? = nil, _ content: HTML) -> HTML {
        """
        <form method="post" action="\(action)"\(attribute("id", id))\(attribute("class", cssClass))>\
        \(Self.hidden("csrf", token))\(content)</form>
        """
    }

    static func hidden(_ name: String, _ value: String) -> HTML {
        #"<input type="hidden" name="\#(name)" value="\#(value)">"#
    }

    private func attribute(_ name: String, _ value: String?) -> HTML {
        value.map { #" \#(name)="\#($0)""# } ?? .empty
    }
}
