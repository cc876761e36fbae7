import TrellisCore
import TrellisLanguage

/// The hard dates page: what my partner told me of a hard week, then my own private list, each
/// day with when it comes next, getting ready in the week before, and telling my partner.
struct HardDatesPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        let mine = state.hardDates.dates(of: viewer, from: today)
        return """
            \(header(HTML.say("recent.hardDates.title")))
            <p>\(say("recent.hardDates.intro", ["name": partner]))</p>
            \(toldMe)
            <section id="my-hard-dates">
            <h2>\(say("recent.hardDates.mine"))</h2>
            \(mine.isEmpty ? #"<p class="note">\#(say("recent.hardDates.none"))</p>"# : .empty)
            <ul class="fears">\(mine.map { HardDateCardView(page: self, date: $0).html }.joined())</ul>
            \(addForm(count: mine.count))
            </section>
            """
    }

    /// The hard weeks my partner told me of that are still ahead, with what I might offer.
    private var toldMe: HTML {
        guard let teller = state.partner(of: viewer) else { return .empty }
        let weeks = state.hardDates.current(toldBy: teller.id, on: today)
        guard !weeks.isEmpty else { return .empty }
        let items = weeks.map { week -> HTML in
            let words: HTML = week.words.map { "<blockquote>\($0)</blockquote>" } ?? .empty
            let hard = say(
                "recent.hardDates.toldMe.week", ["day": HumanDay.inSentence(week.day, today: today), "name": partner])
            return """
                <li id="hard-week-\(week.id.description)"><p>\(hard)</p>\(words)</li>
                """
        }
        let offer = HTML.say(
            "recent.hardDates.toldMe.offer",
            [
                "giveTrust": "<a href=\"\(Page.grants())\">\(say("recent.hardDates.toldMe.giveTrust"))</a>",
                "clearAction":
                    "<a href=\"\(Page.repair(.overview))\">\(say("recent.hardDates.toldMe.clearAction"))</a>",
            ])
        return """
            <section id="told-me">
            <h2>\(say("recent.hardDates.toldMe.title", ["name": partner]))</h2>
            <ul class="fears">\(items.joined())</ul>
            <p>\(offer)</p>
            </section>
            """
    }

    private func addForm(count: Int) -> HTML {
        guard count < HardDatesState.maximum else {
            return #"<p class="note">\#(say("recent.hardDates.full"))</p>"#
        }
        let action = Post.addHardDate()
        let yearly = forms.typed(action, "yearly") == "on" || forms.typed(action, "what").isEmpty
        return forms.post(
            action,
            """
            <h3>\(say("recent.hardDates.add.title"))</h3>
            <label>\(say("recent.hardDates.add.what")) <input name="what" required \
            maxlength="\(String(HardDatesState.maximumWhat))" value="\(forms.typed(action, "what"))"></label>
            <label>\(say("recent.hardDates.add.day")) <input type="date" name="day" required \
            value="\(forms.typed(action, "day"))"></label>
            <label class="check"><input type="checkbox" name="yearly"\(yearly ? " checked" : "")> \
            \(say("recent.hardDates.add.yearly"))</label>
            <button id="add-hard-date">\(say("recent.hardDates.add.button"))</button>
            """)
    }
}
