import Hummingbird
import TrellisLanguage

/// The language a member reads Trellis in. Each choice is named in its own language, so someone
/// who landed in one they cannot read still finds theirs. What a partner wrote is never changed.
enum LanguageForm {
    static func html(_ language: Language, forms: Forms, error: TrellisError?) -> HTML {
        let choices = Language.offered.map { choice -> HTML in
            let checked: HTML = choice == language ? " checked" : .empty
            return """
                <label class="check"><input type="radio" name="language" value="\(choice.rawValue)"\(checked) \
                lang="\(choice.rawValue)"> <span lang="\(choice.rawValue)">\(choice.ownName)</span></label>
                """
        }.joined()
        return """
            <h2 id="language">\(say("language.heading"))</h2>
            \(HTMLPage.errorBanner(error))
            \(forms.post(Post.language(), """
                <fieldset><legend>\(say("language.explain"))</legend>\(choices)</fieldset>
                <button id="save-language">\(say("language.save"))</button>
                """))
            """
    }

    /// Stores the choice; the page that follows is already in it.
    static func register(on router: some RouterMethods<TrellisRequestContext>, accounts: AccountService) {
        router.post(Post.language) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let language = try AccountService.language(form["language"] ?? "")
            try await accounts.update(language, for: try context.caller())
            return visit.redirect(to: .settings(done: .saved))
        }
    }
}
