import TrellisCore

/// The hard dates page: what my partner told me of a hard week, then my own private list, each
/// day with when it comes next, getting ready in the week before, and telling my partner.
struct HardDatesPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        let mine = state.hardDates.dates(of: viewer, from: today)
        return """
            \(header("Hard dates"))
            <p>Some days hurt: the day it came out, an anniversary, a place in the calendar. This list \
            is yours alone: \(partner) cannot see it, or tell that you keep it. A week before each day, \
            home offers you a moment to get ready, and to tell \(partner) if you want to.</p>
            \(toldMe)
            <section id="my-hard-dates">
            <h2>My hard dates</h2>
            \(mine.isEmpty ? #"<p class="note">No days on your list.</p>"# : .empty)
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
            return """
                <li id="hard-week-\(week.id.description)"><p>The week up to \(HumanDay.inSentence(week.day, today: today)) \
                is hard for \(partner).</p>\(words)</li>
                """
        }
        return """
            <section id="told-me">
            <h2>\(partner) told you</h2>
            <ul class="fears">\(items.joined())</ul>
            <p>You do not have to fix it. You could ask what would help, \
            <a href="\(Page.grants())">give trust</a> in something that matters to them, or \
            <a href="\(Page.repair(.overview))">agree a clear action</a> for the week.</p>
            </section>
            """
    }

    private func addForm(count: Int) -> HTML {
        guard count < HardDatesState.maximum else {
            return #"<p class="note">Your list is full. Take a day off it to add another.</p>"#
        }
        let action = Post.addHardDate()
        let yearly = forms.typed(action, "yearly") == "on" || forms.typed(action, "what").isEmpty
        return forms.post(
            action,
            """
            <h3>Add a day</h3>
            <label>What the day is <input name="what" required maxlength="\(String(HardDatesState.maximumWhat))" \
            value="\(forms.typed(action, "what"))"></label>
            <label>The day <input type="date" name="day" required value="\(forms.typed(action, "day"))"></label>
            <label class="check"><input type="checkbox" name="yearly"\(yearly ? " checked" : "")> It comes back every year</label>
            <button id="add-hard-date">Add to my list</button>
            """)
    }
}
