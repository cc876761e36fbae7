import Foundation
import TrellisCore
import TrellisLanguage

/// The areas at a glance: both switches of each, and a line for whatever is happening in it (only
/// there, so a calm area stays one line); then the two lists of clear actions, one tap away.
extension RepairPageView {
    var overview: HTML {
        """
        <section><h2>\(say("repair.overview.areas"))</h2>
        <ul id="area-overview" class="screen-list">\(view.areas.map(areaRow).joined())</ul></section>
        <section><h2>\(say("repair.overview.clearActions"))</h2>
        <ul class="screen-list">
        \(screenLink("nav-asked-of-me", RepairScreen.askedOfMe.path, say("repair.title.askedOfMe"), summary(view.askedOfMe, mine: false)))
        \(screenLink("nav-asked", RepairScreen.asked.path, say("repair.title.asked"), summary(view.asked, mine: true)))
        </ul></section>
        """
    }

    private func areaRow(_ area: RepairView.AreaRepair) -> HTML {
        let lines = happening(in: area).map { #"<span class="happening">\#($0)</span>"# as HTML }.joined()
        let switches = say(
            "repair.overview.switches",
            ["mine": switchText(area.mySwitch), "name": partner, "theirs": switchText(area.partnerSwitch)])
        return """
            <li class="area-row" data-area-name="\(area.area.name)"><a href="\(RepairScreen.area(area.area.id).path)">\
            <strong>\(area.area.name)</strong>\
            <span class="switches">\(switches)</span>\
            \(lines)</a></li>
            """
    }

    /// What is going on in an area, in words; empty when it is calm.
    private func happening(in area: RepairView.AreaRepair) -> [String] {
        var lines: [String] = []
        for question in area.openQuestions {
            lines.append(
                question.asker == view.viewer
                    ? say("repair.question.youAsked", ["question": question.kind.wording])
                    : say("repair.question.partnerAsks", ["name": partner, "question": question.kind.wording]))
        }
        if area.mySwitch?.isOn == false { lines.append(say("repair.overview.yourSwitchOff")) }
        if area.partnerSwitch?.isOn == false {
            lines.append(say("repair.overview.partnersSwitchOff", ["name": partner]))
        }
        return lines
    }

    private func summary(_ actions: [RepairAction], mine: Bool) -> String {
        let agreed = actions.filter(\.isActive).count
        let pending = actions.filter(\.isPending).count
        var parts: [String] = []
        if agreed > 0 { parts.append(say("repair.overview.agreed", count: agreed)) }
        if pending > 0 {
            parts.append(
                mine
                    ? say("repair.overview.waitingFor", count: pending, ["name": partner])
                    : say("repair.overview.toRead", count: pending))
        }
        return parts.isEmpty ? say("repair.overview.noneYet") : parts.joined(separator: " · ")
    }

    private func screenLink(_ id: String, _ path: String, _ name: String, _ summary: String) -> HTML {
        #"<li><a id="\#(id)" href="\#(path)"><strong>\#(name)</strong><span class="switches">\#(summary)</span></a></li>"#
    }
}
