import Foundation
import TrellisCore
import TrellisLanguage

/// The timeline as a person reads it: months, newest first, each with its moments on one line
/// down the page; a private moment is marked as the viewer's alone.
struct TimelineView {
    let state: CoupleState
    let viewer: MemberID
    let settings: MemberSettings

    /// How many moments one visit shows: a few years of milestones.
    static let shown = 80

    var html: HTML {
        let moments = state.timeline.moments.suffix(Self.shown).reversed()
        var months: [(title: String, items: [HTML])] = []
        for moment in moments {
            let day = settings.today(at: moment.at)
            let (year, month, _) = day.components
            let title = Say.month(year: year, month: month)
            if months.last?.title != title { months.append((title, [])) }
            months[months.count - 1].items.append(item(moment, on: day))
        }
        let picture: HTML =
            months.isEmpty
            ? #"<p class="note">\#(say("recent.timeline.nothingYet"))</p>"#
            : months.map { month -> HTML in
                "<h2>\(month.title)</h2><ol class=\"timeline\">\(month.items.joined())</ol>"
            }.joined()
        let intro =
            state.partner(of: viewer).map { say("recent.timeline.intro", ["name": $0.name]) }
            ?? say("recent.timeline.introAlone")
        return """
            <p><a href="\(Page.home())">\(say("recent.timeline.backHome"))</a></p>
            <h1>\(say("recent.timeline.title"))</h1>
            <p>\(intro)</p>
            <section id="pace"><h2>\(say("recent.timeline.pace.title"))</h2>
            <p>\(say("recent.timeline.pace.text"))</p></section>
            <section id="timeline">\(picture)</section>
            """
    }

    private func item(_ moment: Moment, on day: Day) -> HTML {
        let mine = moment.author == viewer
        let who =
            (state.members + state.formerMembers).first { $0.id == moment.author }?.name ?? Member.formerPartnerName
        let area = moment.area.flatMap { state.area($0)?.name }
        let words: String =
            switch (moment.kind, mine, area) {
            case (.trustOn, true, let area?): say("recent.timeline.moment.trustOn.youInArea", ["area": area])
            case (.trustOn, true, nil): say("recent.timeline.moment.trustOn.you")
            case (.trustOn, false, let area?):
                say("recent.timeline.moment.trustOn.theyInArea", ["name": who, "area": area])
            case (.trustOn, false, nil): say("recent.timeline.moment.trustOn.they", ["name": who])
            case (.trustOff, true, let area?): say("recent.timeline.moment.trustOff.youInArea", ["area": area])
            case (.trustOff, true, nil): say("recent.timeline.moment.trustOff.you")
            case (.trustOff, false, let area?):
                say("recent.timeline.moment.trustOff.theyInArea", ["name": who, "area": area])
            case (.trustOff, false, nil): say("recent.timeline.moment.trustOff.they", ["name": who])
            case (.hurtWritten, true, let area?): say("recent.timeline.moment.hurtWritten.youInArea", ["area": area])
            case (.hurtWritten, true, nil): say("recent.timeline.moment.hurtWritten.you")
            case (.hurtWritten, false, let area?):
                say("recent.timeline.moment.hurtWritten.theyInArea", ["name": who, "area": area])
            case (.hurtWritten, false, nil): say("recent.timeline.moment.hurtWritten.they", ["name": who])
            case (.windowHeld, _, _): say("recent.timeline.moment.windowHeld")
            case (.ruptureRepaired, _, let area?): say("recent.timeline.moment.ruptureRepaired.inArea", ["area": area])
            case (.ruptureRepaired, _, nil): say("recent.timeline.moment.ruptureRepaired")
            case (.trustHonoured, _, let area?): say("recent.timeline.moment.trustHonoured.inArea", ["area": area])
            case (.trustHonoured, _, nil): say("recent.timeline.moment.trustHonoured")
            case (.wordsAgreed, _, let area?): say("recent.timeline.moment.wordsAgreed.inArea", ["area": area])
            case (.wordsAgreed, _, nil): say("recent.timeline.moment.wordsAgreed")
            }
        let mark: HTML =
            moment.visibility == .private
            ? #" <span class="note">\#(say("recent.timeline.forYouAlone"))</span>"# : .empty
        return """
            <li class="moment \(moment.kind.rawValue)"><span class="when">\(day.spokenWithoutYear)</span> \
            \(words)\(mark)</li>
            """
    }
}
