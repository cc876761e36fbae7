extension SpanishCatalog {
    static let languages = #"""
        language.heading = Idioma
        language.explain = Trellis te habla en este idioma. Lo que escriben tú y tu pareja queda tal como se escribió.
        language.save = Guardar idioma
        language.unknown = Elige uno de los idiomas disponibles: {codes}.
        """#
}
