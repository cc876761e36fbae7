import TrellisLanguage

/// The few sentences our script says (a box's room left, "Copied", reminders failing), carried by
/// each page in its reader's language: the script itself is one file for everyone.
enum ScriptWords {
    static var attributes: HTML {
        var words: [(String, String)] = [
            ("copied", say("script.copied")), ("pasted-cut", say("script.pastedCut")),
            ("push-failed", say("script.pushFailed")),
        ]
        // Every plural form the reader's language has, with {count} for the script to fill.
        for (category, sentence) in Say.forms("script.roomLeft") {
            words.append(("room-left-\(category.rawValue)", sentence))
        }
        return words.map { name, text in #" data-say-\#(name)="\#(text)""# as HTML }.joined()
    }
}
