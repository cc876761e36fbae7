import Foundation
import TrellisCore

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
            let title = "\(day.monthSpoken) \(String(day.components.year))"
            if months.last?.title != title { months.append((title, [])) }
            months[months.count - 1].items.append(item(moment, on: day))
        }
        let picture: HTML =
            months.isEmpty
            ? #"<p class="note">Nothing yet. Turning a switch on, a window held, a rupture repaired: each will mark the way here.</p>"#
            : months.map { month -> HTML in
                "<h2>\(month.title)</h2><ol class=\"timeline\">\(month.items.joined())</ol>"
            }.joined()
        return """
            <p><a href="\(Page.home())">← Home</a></p>
            <h1>Our timeline</h1>
            <p>The moments that marked the way, newest first. What is private to you is marked so: \
            \(partnerName) sees only what you shared.</p>
            <section id="pace"><h2>How long it takes</h2>
            <p>Repair is slow by nature. For most couples it takes many months, and often a year or two or \
            more, with hard weeks along the way. Read the direction over weeks and months, not days: a bad \
            day is not the end of a good season.</p></section>
            <section id="timeline">\(picture)</section>
            """
    }

    private var partnerName: String { state.partner(of: viewer)?.name ?? "Your partner" }

    private func item(_ moment: Moment, on day: Day) -> HTML {
        let who =
            moment.author == viewer
            ? "You"
            : (state.members + state.formerMembers).first { $0.id == moment.author }?.name ?? Member.formerPartnerName
        let area = moment.area.flatMap { state.area($0)?.name }
        let inArea = area.map { " in \($0)" } ?? ""
        let words: String =
            switch moment.kind {
            case .trustOn: "\(who) turned trust on\(inArea)"
            case .trustOff: "\(who) turned trust off\(inArea)"
            case .hurtWritten: "\(who) wrote down what hurt\(inArea)"
            case .windowHeld: "A Transparency Window was held"
            case .ruptureRepaired: "A rupture\(inArea) feels repaired to you both"
            case .trustHonoured: "Trust given\(inArea) was honoured"
            case .wordsAgreed: "You agreed on words\(inArea)"
            }
        let mark: HTML = moment.visibility == .private ? #" <span class="note">(for you alone)</span>"# : .empty
        return """
            <li class="moment \(moment.kind.rawValue)"><span class="when">\(HumanDay.full(day).dropLast(5))</span> \
            \(words)\(mark)</li>
            """
    }
}
