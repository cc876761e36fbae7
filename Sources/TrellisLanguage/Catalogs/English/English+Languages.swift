extension EnglishCatalog {
    static let languages = #"""
        # The settings section where a member chooses their language; each choice is named in itself.
        language.heading = Language
        language.explain = Trellis speaks to you in this language. What you and your partner write stays exactly as it was written.
        language.save = Save language
        language.unknown = Choose one of the languages offered: {codes}.
        """#
}
