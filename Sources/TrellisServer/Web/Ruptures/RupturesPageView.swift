import Foundation
import TrellisCore
import TrellisLanguage

/// The ruptures page: a way to record one, a picture of ruptures over time and how long repair
/// took, the open ones with their repair so far and the next step, and the repaired ones.
struct RupturesPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        let all = state.ruptures.ruptures.reversed()
        let recent = state.ruptures.recent(before: screen.earlier)
        let open = recent.items.filter { !$0.isClosed }
        let closed = recent.items.filter(\.isClosed)
        return """
            \(header("\(say("repair.ruptures.title"))"))
            <p>\(say("repair.ruptures.intro"))</p>
            <details\(forms.openIfReturned(Post.recordRupture()))\(all.isEmpty ? " open" : "")><summary>\(say("repair.ruptures.record"))</summary>\(recordForm)</details>
            \(all.isEmpty ? .empty : RuptureTimeline(ruptures: Array(all), settings: settings, now: now).html)
            <section id="open-ruptures">
            <h2>\(say("repair.ruptures.open"))</h2>
            \(open.isEmpty ? #"<p class="note">\#(say("repair.ruptures.nothingOpen"))</p>"# : .empty)
            <ul class="fears">\(open.map { RuptureCardView(page: self, rupture: $0).html }.joined())</ul>
            </section>
            <section id="repaired-ruptures">
            <h2>\(say("repair.ruptures.repaired"))</h2>
            \(closed.isEmpty ? #"<p class="note">\#(say("repair.ruptures.noneRepaired"))</p>"# : .empty)
            <ul class="fears">\(closed.map { RuptureCardView(page: self, rupture: $0).html }.joined())</ul>
            \(EarlierLink(label: say("repair.ruptures.earlier")) { .ruptures(earlier: $0) }.html(
                recent, named: RupturesState.list, showing: screen.earlier))
            </section>
            """
    }

    private var recordForm: HTML {
        let action = Post.recordRupture()
        let areas =
            [(value: "", label: say("repair.ruptures.noArea"))]
            + state.activeAreas.map { (value: $0.id.description, label: $0.name) }
        return forms.post(
            action,
            """
            <label>\(say("repair.form.whatHappened")) <textarea name="what" required maxlength="\(RupturesState.maximumText)">\
            \(forms.typed(action, "what"))</textarea></label>
            <label>\(say("repair.ruptures.howItFelt")) <textarea name="felt" required maxlength="\(RupturesState.maximumText)">\
            \(forms.typed(action, "felt"))</textarea></label>
            <label>\(say("repair.form.area")) <select name="area">\(forms.options(action, "area", areas))</select></label>
            <label class="check"><input type="checkbox" name="shared"> \(say("repair.ruptures.shareNow", ["name": partner]))</label>
            <button id="record-rupture">\(say("repair.ruptures.keep"))</button>
            """)
    }
}
