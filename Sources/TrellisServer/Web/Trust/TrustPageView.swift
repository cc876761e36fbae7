import Foundation
import TrellisCore

/// The trust page: my trust in my partner area by area, the safe behaviours I named, a way to
/// name one, and the pyramid both ways. Evidence and words; never one number.
struct TrustPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        let named = state.safeBehaviours.behaviours.filter { $0.truster == viewer && !$0.retired }
        return """
            \(header("Seeing trust grow"))
            <p>Feeling safe again grows slowly, from small things done again and again, and only once \
            you have decided to trust in an area. Here is what has happened, area by area, in your words \
            and your partner\u{2019}s actions. It is not a score, and nobody is asked to reach a level.</p>
            <section id="safe-behaviours">
            <h2>What helps me feel safe</h2>
            \(named.isEmpty ? #"<p class="note">Name small things that help you feel safe; \#(partner) will see them as requests.</p>"# : .empty)
            <ul class="fears">\(named.map { SafeBehaviourCardView(page: self, behaviour: $0).html }.joined())</ul>
            <details\(forms.openIfReturned(Post.nameBehaviour()))\(named.isEmpty ? " open" : "")><summary>Name one</summary>\(nameForm)</details>
            </section>
            <section id="my-trust">
            <h2>My trust in \(partner), area by area</h2>
            \(state.activeAreas.compactMap { state.emotionalTrust(of: viewer, in: $0.id, at: now) }.map(area).joined())
            <p><a id="to-then-and-now" href="\(Page.thenAndNow())">Then and now: predictability, dependability \
            and faith, month by month</a></p>
            </section>
            \(PyramidView(page: self).html)
            """
    }

    private var nameForm: HTML {
        let action = Post.nameBehaviour()
        let areas = state.activeAreas.map { (value: $0.id.description, label: $0.name) }
        return forms.post(
            action,
            """
            <label>Area <select name="area">\(forms.options(action, "area", areas))</select></label>
            <label>What helps <input name="what" required maxlength="\(SafeBehavioursState.maximumLength)" \
            value="\(forms.typed(action, "what"))" placeholder="Ask about my day"></label>
            <button id="name-behaviour">Name it</button>
            """)
    }

    private func area(_ trust: EmotionalTrust) -> HTML {
        let name = state.area(trust.area)?.name ?? "An area"
        let waiting = trust.waiting.values.reduce(0, +)
        let position = SwitchPosition(state.repair.trustSwitch(of: viewer, in: trust.area))
        let partnerID = state.partner(of: viewer)?.id
        let switches = SwitchPicture(switches: [
            ("You", position),
            (partner, SwitchPosition(partnerID.flatMap { state.repair.trustSwitch(of: $0, in: trust.area) })),
        ]).html
        guard trust.onSince != nil else {
            let kept: HTML =
                waiting == 0 ? .empty : " What happens here is kept, waiting for it: \(String(waiting)) so far."
            return "<h3>\(name)</h3>\(switches)<p class=\"note area-trust\">\(position.sentence(of: nil))\(kept)</p>"
        }
        let apart: HTML =
            waiting == 0
            ? .empty : "<p class=\"note\">\(String(waiting)) from before the switch came on, kept apart.</p>"
        return """
            <h3>\(name)</h3>\(switches)\(EvidenceWeeks(trust: trust).html)
            <p class="area-trust">\(Self.words(trust, in: name.lowercased()))</p>\(apart)
            """
    }

    /// "Steady for three weeks", "two quiet weeks in money", or how long the switch has been on.
    static func words(_ trust: EmotionalTrust, in area: String) -> String {
        if trust.steadyWeeks >= 1 { return "Steady for \(weeks(trust.steadyWeeks))." }
        if trust.quietWeeks >= 1 {
            return
                "\(weeks(trust.quietWeeks).prefix(1).uppercased() + weeks(trust.quietWeeks).dropFirst()) quiet in \(area)."
        }
        return trust.weeks.count <= 1 ? "The switch came on this week." : "Nothing yet this week."
    }

    static func weeks(_ n: Int) -> String {
        let words = [
            "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        ]
        return (n < words.count ? words[n] : String(n)) + (n == 1 ? " week" : " weeks")
    }
}
