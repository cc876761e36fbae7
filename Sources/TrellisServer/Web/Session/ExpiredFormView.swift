import Foundation

/// A form that arrived with a token that no longer fits (the session ended, or the page was old).
/// Nothing was saved; the words typed into it are given back to copy, never lost with a bare 403.
struct ExpiredForm: Error {
    let fields: FormFields
    /// The browser still held a session cookie that no longer opens a session.
    let sessionEnded: Bool
}

struct ExpiredFormView {
    let expired: ExpiredForm

    var html: HTML {
        let words = expired.fields.typedWords.map { words -> HTML in
            #"<label>What you wrote <textarea class="kept-words" readonly>\#(words)</textarea></label>"#
        }.joined()
        let reason =
            expired.sessionEnded
            ? "You were logged out before this was sent, so it was not saved."
            : "This form was from an older page, so it was not saved."
        let next: HTML =
            expired.sessionEnded
            ? #"<p><a class="button" id="log-in-again" href="\#(Page.logIn())">Log in again</a></p>"#
            : #"<p><a class="button" href="\#(Page.home())">Back to your home page</a></p>"#
        return HTMLPage.document(
            content: """
                <h1>Not saved yet</h1>
                <p class="error" role="alert">\(reason) Copy your words below, then try again.</p>
                \(words)
                \(next)
                """, showsAccountBar: false)
    }
}

extension FormFields {
    /// What a person wrote in their own words (the free-text fields of our forms), in a steady order.
    var typedWords: [String] {
        ["name", "what", "help", "answer", "text", "note", "word", "situation"].compactMap { self[$0] }.filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
    }
}
