import Foundation
import TrellisCore
import TrellisLanguage

/// The trust page: my trust in my partner area by area, the safe behaviours I named, a way to
/// name one, and the pyramid both ways. Evidence and words; never one number.
struct TrustPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        let named = state.safeBehaviours.behaviours.filter { $0.truster == viewer && !$0.retired }
        return """
            \(header(HTML.say("trust.page.title")))
            <p>\(say("trust.page.intro"))</p>
            <section id="safe-behaviours">
            <h2>\(say("trust.page.safeBehaviours.title"))</h2>
            \(named.isEmpty ? #"<p class="note">\#(say("trust.page.safeBehaviours.empty", ["name": partner]))</p>"# : .empty)
            <ul class="fears">\(named.map { SafeBehaviourCardView(page: self, behaviour: $0).html }.joined())</ul>
            <details\(forms.openIfReturned(Post.nameBehaviour()))\(named.isEmpty ? " open" : "")><summary>\(say("trust.page.nameOne"))</summary>\(nameForm)</details>
            </section>
            <section id="my-trust">
            <h2>\(say("trust.page.myTrust.title", ["name": partner]))</h2>
            \(state.activeAreas.compactMap { state.emotionalTrust(of: viewer, in: $0.id, at: now) }.map(area).joined())
            <p><a id="to-then-and-now" href="\(Page.thenAndNow())">\(say("trust.page.thenAndNowLink"))</a></p>
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
            <label>\(say("trust.page.areaLabel")) <select name="area">\(forms.options(action, "area", areas))</select></label>
            <label>\(say("trust.page.whatHelpsLabel")) <input name="what" required maxlength="\(SafeBehavioursState.maximumLength)" \
            value="\(forms.typed(action, "what"))" placeholder="\(say("trust.page.whatHelpsPlaceholder"))"></label>
            <button id="name-behaviour">\(say("trust.page.nameButton"))</button>
            """)
    }

    private func area(_ trust: EmotionalTrust) -> HTML {
        let name = state.area(trust.area)?.name ?? say("trust.page.anArea")
        let waiting = trust.waiting.values.reduce(0, +)
        let position = SwitchPosition(state.repair.trustSwitch(of: viewer, in: trust.area))
        let partnerID = state.partner(of: viewer)?.id
        let switches = SwitchPicture(switches: [
            (say("trust.page.switchYou"), position),
            (partner, SwitchPosition(partnerID.flatMap { state.repair.trustSwitch(of: $0, in: trust.area) })),
        ]).html
        guard trust.onSince != nil else {
            let kept: HTML =
                waiting == 0 ? .empty : " \(say("trust.page.keptWaiting", ["number": String(waiting)]))"
            return "<h3>\(name)</h3>\(switches)<p class=\"note area-trust\">\(position.sentence(of: nil))\(kept)</p>"
        }
        let apart: HTML =
            waiting == 0
            ? .empty : "<p class=\"note\">\(say("trust.page.keptApart", ["number": String(waiting)]))</p>"
        return """
            <h3>\(name)</h3>\(switches)\(EvidenceWeeks(trust: trust).html)
            <p class="area-trust">\(Self.words(trust, in: name))</p>\(apart)
            """
    }

    /// "Steady for three weeks", "Two weeks quiet in money", or how long the switch has been on.
    static func words(_ trust: EmotionalTrust, in area: String) -> String {
        if trust.steadyWeeks >= 1 { return say("trust.page.steadyFor", ["weeks": weeks(trust.steadyWeeks)]) }
        if trust.quietWeeks >= 1 {
            // The weeks may open the sentence, so its first letter is a capital.
            let quiet = say("trust.page.quietIn", ["weeks": weeks(trust.quietWeeks), "area": area])
            return quiet.prefix(1).uppercased() + quiet.dropFirst()
        }
        return trust.weeks.count <= 1 ? say("trust.page.switchCameOn") : say("trust.page.nothingYet")
    }

    /// "three weeks": a few weeks in words, more in figures.
    static func weeks(_ n: Int) -> String {
        switch n {
        case 0: say("trust.weeks.zero")
        case 1: say("trust.weeks.one")
        case 2: say("trust.weeks.two")
        case 3: say("trust.weeks.three")
        case 4: say("trust.weeks.four")
        case 5: say("trust.weeks.five")
        case 6: say("trust.weeks.six")
        case 7: say("trust.weeks.seven")
        case 8: say("trust.weeks.eight")
        case 9: say("trust.weeks.nine")
        case 10: say("trust.weeks.ten")
        case 11: say("trust.weeks.eleven")
        case 12: say("trust.weeks.twelve")
        default: say("trust.weeks.more", count: n)
        }
    }
}
