import TrellisCore
import TrellisLanguage

/// The check-in page: each sign with why it happens and five levels to choose from, a picture of
/// my check-ins over time, my check-ins with a way to share one, and my partner's shared ones.
struct SignsPageView: CoupleScreenView {
    let screen: CoupleScreen
    let view: SignsView

    init(_ screen: CoupleScreen) {
        self.screen = screen
        view = screen.state.signsView(for: screen.viewer, earlier: screen.earlier)
    }

    var html: HTML {
        """
        \(header(HTML.say("reach.signs.title")))
        <p>\(say("reach.signs.intro"))</p>
        \(form)
        <section id="over-time">
        <h2>\(say("reach.signs.overTime"))</h2>
        \(view.mine.items.isEmpty ? "<p class=\"note\">\(say("reach.signs.noPictureYet"))</p>" : pictures)
        </section>
        <section id="my-check-ins">
        <h2>\(say("reach.signs.mine"))</h2>
        <ul class="fears">\(view.mine.items.map(mine).joined())</ul>
        \(Self.paging.html(view.mine, named: SignsView.List.mine, showing: screen.earlier))
        </section>
        \(view.partners.items.isEmpty ? .empty : partners)
        """
    }

    private var form: HTML {
        let action = Post.checkSigns()
        let fieldsets = Sign.allCases.map { sign -> HTML in
            let options = Sign.levels.enumerated().map { level, words -> HTML in
                let checked = forms.typed(action, sign.rawValue) == String(level)
                return """
                    <label class="check"><input type="radio" name="\(sign.rawValue)" value="\(String(level))" required\
                    \(checked ? " checked" : "")> \(words)</label>
                    """
            }.joined()
            return """
                <fieldset id="sign-\(sign.rawValue)"><legend>\(sign.feeling)</legend>
                <p class="note">\(sign.why)</p>\(options)</fieldset>
                """
        }.joined()
        return forms.post(
            action,
            """
            \(fieldsets)
            <label>\(say("reach.signs.noteField")) <textarea name="note" maxlength="\(CheckInsState.maximumNote)">\
            \(forms.typed(action, "note"))</textarea></label>
            <label class="check"><input type="checkbox" name="shared"> \(say("reach.signs.shareField", ["name": partner]))</label>
            <button id="check-in">\(say("reach.signs.keepButton"))</button>
            """)
    }

    private var pictures: HTML {
        Sign.allCases.map { sign -> HTML in
            let levels = view.series[sign] ?? []
            let last = levels.last.map { Sign.levelsInSentence[$0] } ?? ""
            return """
                <h3>\(sign.feeling)</h3>
                \(LevelBars(levels: levels, what: sign.feeling).html)
                <p class="note">\(say("reach.signs.lastTime", ["level": last]))</p>
                """
        }.joined()
    }

    private func mine(_ checkIn: SignsCheckIn) -> HTML {
        let share: HTML =
            checkIn.visibility == .private
            ? "<a class=\"share-check-in step\" href=\"\(Post.shareCheckIn(checkIn.id))\">\(say("reach.signs.shareLink", ["name": partner]))</a>"
            : .empty
        let who =
            checkIn.visibility == .private
            ? say("reach.signs.onlyYou") : say("reach.signs.sharedWith", ["name": partner])
        return
            "<li class=\"fear\"><p class=\"note\">\(HumanDay.text(checkIn.day, today: today)) · \(who)</p>\(levels(checkIn))\(share)</li>"
    }

    private var partners: HTML {
        """
        <section id="partners-check-ins">
        <h2>\(say("reach.signs.partnersTitle", ["name": partner]))</h2>
        <ul class="fears">\(view.partners.items.map { checkIn -> HTML in
            "<li class=\"fear\"><p class=\"note\">\(HumanDay.text(checkIn.day, today: today))</p>\(levels(checkIn))</li>"
        }.joined())</ul>
        \(Self.paging.html(view.partners, named: SignsView.List.partners, showing: screen.earlier))
        </section>
        """
    }

    private static var paging: EarlierLink { EarlierLink(label: say("reach.signs.earlier")) { .signs(earlier: $0) } }

    private func levels(_ checkIn: SignsCheckIn) -> HTML {
        let lines = Sign.allCases.map { sign -> HTML in
            let level = Sign.levelsInSentence[checkIn.levels[sign] ?? 0]
            return "<li>\(say("reach.signs.levelLine", ["sign": sign.feeling, "level": level]))</li>"
        }.joined()
        let note: HTML = checkIn.note.map { "<p>\($0)</p>" } ?? .empty
        return "<ul class=\"quiet-list\">\(lines)</ul>\(note)"
    }
}
