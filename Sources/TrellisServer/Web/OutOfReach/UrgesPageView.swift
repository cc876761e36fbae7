import TrellisCore
import TrellisLanguage

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
        \(header(HTML.say("reach.urges.title")))
        <p>\(say("reach.urges.intro"))</p>
        \(form)
        <section id="pattern">
        <h2>\(say("reach.urges.pattern"))</h2>
        <p id="urge-summary">\(pattern.summary)</p>
        \(UrgeWeeks(weeks: pattern.weeks, today: today).html)
        \(helped)
        </section>
        <section id="recent-urges">
        <h2>\(say("reach.urges.lately"))</h2>
        \(pattern.recent.items.isEmpty ? "<p class=\"note\">\(say("reach.urges.nothingYet"))</p>" : .empty)
        <ul class="quiet-list">\(pattern.recent.items.map(line).joined())</ul>
        \(EarlierLink(label: say("reach.urges.earlier")) { .urges(earlier: $0) }.html(
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
            [(value: "", label: say("reach.urges.noArea"))]
            + state.activeAreas.map { (value: $0.id.description, label: $0.name) }
        let outcomes: [(value: String, label: String)] = [
            ("resisted", say("reach.urges.resisted")), ("acted", say("reach.urges.checked")),
        ]
        return forms.post(
            action,
            """
            <fieldset><legend>\(say("reach.urges.kindLegend"))</legend>\(radios("kind", kinds))</fieldset>
            <fieldset><legend>\(say("reach.urges.outcomeLegend"))</legend>\(radios("outcome", outcomes))</fieldset>
            <fieldset><legend>\(say("reach.urges.helpedLegend"))</legend>\(radios("helped", UrgeLog.suggestions.map { ($0, $0) }))</fieldset>
            <label>\(say("reach.urges.helpedWordsField")) <input name="helpedWords" maxlength="\(UrgeLog.maximumText)" value="\(forms.typed(action, "helpedWords"))"></label>
            <details\(forms.openIfReturned(action))><summary>\(say("reach.urges.more"))</summary>
            <label>\(say("reach.urges.triggerField")) <input name="trigger" maxlength="\(UrgeLog.maximumText)" value="\(forms.typed(action, "trigger"))"></label>
            <label>\(say("reach.urges.areaField")) <select name="area">\(forms.options(action, "area", areaChoices))</select></label>
            </details>
            <button id="note-urge">\(say("reach.urges.noteButton"))</button>
            """)
    }

    private var helped: HTML {
        guard !pattern.helped.isEmpty else { return .empty }
        let items = pattern.helped.map { help -> HTML in
            "<li>\(say("reach.urges.helpedTimes", count: help.times, ["what": help.what]))</li>"
        }
        return "<h3>\(say("reach.urges.helpedMost"))</h3><ul id=\"helped-most\">\(items.joined())</ul>"
    }

    private func line(_ urge: Urge) -> HTML {
        let arguments = [
            "day": HumanDay.text(urge.day, today: today), "kind": urge.kind.words, "helped": urge.helped ?? "",
        ]
        let words =
            switch (urge.actedOn, urge.helped != nil) {
            case (true, false): say("reach.urges.lineChecked", arguments)
            case (true, true): say("reach.urges.lineCheckedHelped", arguments)
            case (false, false): say("reach.urges.lineResisted", arguments)
            case (false, true): say("reach.urges.lineResistedHelped", arguments)
            }
        return "<li>\(words)</li>"
    }
}
