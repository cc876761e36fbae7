/// The ways into Trellis from home, grouped as a person thinks of them (Repair, Build, Me, Help):
/// four in sight, the rest one tap away. Before a partner has joined, only what works alone.
enum HomeDoors {
    private struct Door {
        let id: String
        let page: Page
        let words: String
    }

    private static let repair = [
        Door(id: "nav-repair", page: .repair(.overview), words: "Repairing trust: switches and clear actions"),
        Door(id: "nav-ruptures", page: .ruptures(), words: "Rupture and repair"),
        Door(id: "nav-window", page: .window(), words: "Transparency Window: the question I fear to ask"),
    ]
    private static let build = [
        Door(id: "nav-trust", page: .trust(), words: "Seeing trust grow: safe behaviours and the pyramid"),
        Door(id: "nav-then-and-now", page: .thenAndNow(), words: "Then and now: trust in three parts, by month"),
        Door(id: "nav-timeline", page: .timeline, words: "Our timeline: the moments that marked the way"),
        Door(id: "nav-talk", page: .talk(), words: "Our weekly check-in: each of us takes a turn"),
        Door(id: "nav-fears", page: .fears(), words: "Our core fears"),
        Door(id: "nav-grants", page: .grants(), words: "Trust we give"),
        Door(id: "nav-expectations", page: .expectations(), words: "What we expect"),
    ]
    private static let me = [
        Door(id: "nav-integrity", page: .integrity(), words: "My integrity: journal, noticing, feedback"),
        Door(id: "nav-signs", page: .signs(), words: "How I am inside: a private check-in"),
        Door(id: "nav-urges", page: .urges(), words: "Urges to check: my private log"),
        Door(id: "nav-hard-dates", page: .hardDates(), words: "Hard dates: days that hurt, and getting ready"),
    ]
    private static let help = [
        Door(id: "nav-help", page: .help(), words: "Outside help: a clinician, with both your consent")
    ]
    /// The four in sight once paired.
    private static let inSight = ["nav-repair", "nav-integrity", "nav-trust", "nav-signs"]

    /// Paired (or after a partner left): four doors, then every group one tap away. The same for
    /// everyone, so written once.
    static let paired: HTML = {
        let all = repair + build + me + help
        let shown = inSight.compactMap { id in all.first { $0.id == id } }.map(button).joined()
        let groups = [("Repair", repair), ("Build", build), ("Me", me), ("Help", help)].map { group -> HTML in
            let rest = group.1.filter { !inSight.contains($0.id) }
            return rest.isEmpty ? .empty : "<h3>\(group.0)</h3><ul class=\"doors\">\(rest.map(link).joined())</ul>"
        }.joined()
        return """
            <nav id="doors" aria-label="Ways in">\(shown)
            <details id="more-doors"><summary>Everything else</summary>\(groups)</details></nav>
            """
    }()

    /// Before a partner joins: what works alone, by yourself.
    static let alone: HTML = """
        <section id="alone"><h2>While you wait, for yourself</h2>
        <p class="note">These work alone, and stay yours: nothing you write here is shown to your partner \
        when they join, unless you share it. <a id="alone-guide" href="\(AloneGuidePage.path)">When only I \
        am trying</a>, in a few words.</p>
        <nav id="doors" aria-label="Ways in">\(me.map(button).joined())</nav></section>
        """

    private static func button(_ door: Door) -> HTML {
        #"<p><a id="\#(door.id)" class="button" href="\#(door.page)">\#(door.words)</a></p>"#
    }

    private static func link(_ door: Door) -> HTML {
        #"<li><a id="\#(door.id)" href="\#(door.page)">\#(door.words)</a></li>"#
    }
}
