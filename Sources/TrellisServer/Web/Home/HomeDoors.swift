import TrellisLanguage

/// The ways into Trellis from home, grouped as a person thinks of them (Repair, Build, Me, Help):
/// four in sight, the rest one tap away. Before a partner has joined, only what works alone.
enum HomeDoors {
    private struct Door {
        let id: String
        let page: Page
        let words: String
    }

    private static var repair: [Door] {
        [
            Door(id: "nav-repair", page: .repair(.overview), words: say("home.doors.repair")),
            Door(id: "nav-ruptures", page: .ruptures(), words: say("home.doors.ruptures")),
            Door(id: "nav-window", page: .window(), words: say("home.doors.window")),
        ]
    }
    private static var build: [Door] {
        [
            Door(id: "nav-trust", page: .trust(), words: say("home.doors.trust")),
            Door(id: "nav-then-and-now", page: .thenAndNow(), words: say("home.doors.thenAndNow")),
            Door(id: "nav-timeline", page: .timeline, words: say("home.doors.timeline")),
            Door(id: "nav-talk", page: .talk(), words: say("home.doors.talk")),
            Door(id: "nav-fears", page: .fears(), words: say("home.doors.fears")),
            Door(id: "nav-grants", page: .grants(), words: say("home.doors.grants")),
            Door(id: "nav-expectations", page: .expectations(), words: say("home.doors.expectations")),
        ]
    }
    private static var me: [Door] {
        [
            Door(id: "nav-integrity", page: .integrity(), words: say("home.doors.integrity")),
            Door(id: "nav-signs", page: .signs(), words: say("home.doors.signs")),
            Door(id: "nav-urges", page: .urges(), words: say("home.doors.urges")),
            Door(id: "nav-hard-dates", page: .hardDates(), words: say("home.doors.hardDates")),
        ]
    }
    private static var help: [Door] {
        [Door(id: "nav-help", page: .help(), words: say("home.doors.help"))]
    }
    /// The four in sight once paired.
    private static let inSight = ["nav-repair", "nav-integrity", "nav-trust", "nav-signs"]

    /// Paired (or after a partner left): four doors, then every group one tap away. The same for
    /// everyone in one language, but said in the reader's, so made for each page.
    static var paired: HTML {
        let all = repair + build + me + help
        let shown = inSight.compactMap { id in all.first { $0.id == id } }.map(button).joined()
        let groups = [
            (say("home.doors.groupRepair"), repair), (say("home.doors.groupBuild"), build),
            (say("home.doors.groupMe"), me), (say("home.doors.groupHelp"), help),
        ].map { group -> HTML in
            let rest = group.1.filter { !inSight.contains($0.id) }
            return rest.isEmpty ? .empty : "<h3>\(group.0)</h3><ul class=\"doors\">\(rest.map(link).joined())</ul>"
        }.joined()
        return """
            <nav id="doors" aria-label="\(say("home.doors.waysIn"))">\(shown)
            <details id="more-doors"><summary>\(say("home.doors.everythingElse"))</summary>\(groups)</details></nav>
            """
    }

    /// Before a partner joins: what works alone, by yourself.
    static var alone: HTML {
        let guide: HTML = #"<a id="alone-guide" href="\#(AloneGuidePage.path)">\#(say("home.doors.aloneGuide"))</a>"#
        return """
            <section id="alone"><h2>\(say("home.doors.aloneHeading"))</h2>
            <p class="note">\(HTML.say("home.doors.aloneNote", ["guide": guide]))</p>
            <nav id="doors" aria-label="\(say("home.doors.waysIn"))">\(me.map(button).joined())</nav></section>
            """
    }

    private static func button(_ door: Door) -> HTML {
        #"<p><a id="\#(door.id)" class="button" href="\#(door.page)">\#(door.words)</a></p>"#
    }

    private static func link(_ door: Door) -> HTML {
        #"<li><a id="\#(door.id)" href="\#(door.page)">\#(door.words)</a></li>"#
    }
}
