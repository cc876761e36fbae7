extension GermanCatalog {
    static let languages = #"""
        language.heading = Sprache
        language.explain = Trellis spricht in dieser Sprache mit dir. Was ihr beide schreibt, bleibt genau so, wie es geschrieben wurde.
        language.save = Sprache speichern
        language.unknown = Wähle eine der angebotenen Sprachen: {codes}.
        """#
}
