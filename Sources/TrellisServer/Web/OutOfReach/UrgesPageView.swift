import TrellisCore

/// The urge log page: a few taps to note an urge, then the pattern in words and a picture, what
/// helped most, and the latest urges. No score, no streak.
struct UrgesPageView: CoupleScreenView {
    let screen: CoupleScreen
    let pattern: UrgePattern

    init(_ screen: CoupleScreen) {
        self.screen = screen
        pattern = screen.state.urgePattern(for: screen.viewer, today: screen.today, earlier: screen.earlier)
    }

    var html: HTML {
        """
        \(header("Urges to check"))
        <p>When the urge to check comes, note it here in a few taps. It is yours alone: your partner \
        cannot see it, or even tell that you keep it. Over the weeks, it shows what helps.</p>
        \(form)
        <section id="pattern">
        <h2>The pattern</h2>
        <p id="urge-summary">\(pattern.summary)</p>
        \(UrgeWeeks(weeks: pattern.weeks, today: today).html)
        \(helped)
        </section>
        <section id="recent-urges">
        <h2>Lately</h2>
        \(pattern.recent.items.isEmpty ? #"<p class="note">Nothing noted yet.</p>"# : .empty)
        <ul class="quiet-list">\(pattern.recent.items.map(line).joined())</ul>
        \(EarlierLink(label: "Earlier urges") { .urges(earlier: $0) }.html(
            pattern.recent, named: UrgePattern.list, showing: screen.earlier))
        </section>
        """
    }

    private var form: HTML {
        let action = Post.logUrge()
        func radios(_ name: String, _ choices: [(value: String, label: String)]) -> HTML {
            choices.map { choice -> HTML in
                let checked = forms.typed(action, name) == choice.value
                return """
                    <label class="check"><input type="radio" name="\(name)" value="\(choice.value)"\
                    \(name == "helped" ? "" : " required")\(checked ? " checked" : "")> \(choice.label)</label>
                    """
            }.joined()
        }
        let kinds = Urge.Kind.allCases.map {
            (value: $0.rawValue, label: $0.words.prefix(1).uppercased() + $0.words.dropFirst())
        }
        let areaChoices =
            [(value: "", label: "None in particular")]
            + state.activeAreas.map { (value: $0.id.description, label: $0.name) }
        return forms.post(
            action,
            """
            <fieldset><legend>I wanted to check</legend>\(radios("kind", kinds))</fieldset>
            <fieldset><legend>And I</legend>\(radios("outcome", [("resisted", "Resisted it"), ("acted", "Checked")]))</fieldset>
            <fieldset><legend>What helped (if anything)</legend>\(radios("helped", UrgeLog.suggestions.map { ($0, $0) }))</fieldset>
            <label>Or what helped, in my words <input name="helpedWords" maxlength="\(UrgeLog.maximumText)" value="\(forms.typed(action, "helpedWords"))"></label>
            <details\(forms.openIfReturned(action))><summary>More, if you like</summary>
            <label>What set it off <input name="trigger" maxlength="\(UrgeLog.maximumText)" value="\(forms.typed(action, "trigger"))"></label>
            <label>Area <select name="area">\(forms.options(action, "area", areaChoices))</select></label>
            </details>
            <button id="note-urge">Note it</button>
            """)
    }

    private var helped: HTML {
        guard !pattern.helped.isEmpty else { return .empty }
        let items = pattern.helped.map { help -> HTML in
            "<li>\(help.what) (\(help.times == 1 ? "once" : "\(help.times) times"))</li>"
        }
        return "<h3>What helped you most</h3><ul id=\"helped-most\">\(items.joined())</ul>"
    }

    private func line(_ urge: Urge) -> HTML {
        let how = urge.actedOn ? "checked" : "resisted"
        let what = urge.helped.map { ": \($0)" } ?? ""
        return "<li>\(HumanDay.text(urge.day, today: today)): \(urge.kind.words), \(how)\(what)</li>"
    }
}
