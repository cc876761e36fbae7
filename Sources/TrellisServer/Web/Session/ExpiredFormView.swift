import Foundation
import TrellisLanguage

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
            #"<label>\#(say("common.expired.whatYouWrote")) <textarea class="kept-words" readonly>\#(words)</textarea></label>"#
        }.joined()
        let reason =
            expired.sessionEnded
            ? say("common.expired.loggedOut")
            : say("common.expired.olderPage")
        let next: HTML =
            expired.sessionEnded
            ? #"<p><a class="button" id="log-in-again" href="\#(Page.logIn())">\#(say("common.expired.logInAgain"))</a></p>"#
            : #"<p><a class="button" href="\#(Page.home())">\#(say("common.nav.backHome"))</a></p>"#
        return HTMLPage.document(
            content: """
                <h1>\(say("common.expired.title"))</h1>
                <p class="error" role="alert">\(reason)</p>
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
