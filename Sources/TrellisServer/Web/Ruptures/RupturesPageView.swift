import Foundation
import TrellisCore

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
            \(header("Rupture and repair"))
            <p>When a small thing turned into a test of safety, write down what happened and how it \
            felt. Keep it to yourself, or share it so you can repair it together: what each of you \
            understands now, what you are sorry for, what you will do next. It closes when you both \
            say it feels repaired.</p>
            <details\(forms.openIfReturned(Post.recordRupture()))\(all.isEmpty ? " open" : "")><summary>Record a rupture</summary>\(recordForm)</details>
            \(all.isEmpty ? .empty : RuptureTimeline(ruptures: Array(all), settings: settings, now: now).html)
            <section id="open-ruptures">
            <h2>Being repaired</h2>
            \(open.isEmpty ? #"<p class="note">Nothing open.</p>"# : .empty)
            <ul class="fears">\(open.map { RuptureCardView(page: self, rupture: $0).html }.joined())</ul>
            </section>
            <section id="repaired-ruptures">
            <h2>Repaired</h2>
            \(closed.isEmpty ? #"<p class="note">None yet.</p>"# : .empty)
            <ul class="fears">\(closed.map { RuptureCardView(page: self, rupture: $0).html }.joined())</ul>
            \(EarlierLink(label: "Earlier ruptures") { .ruptures(earlier: $0) }.html(
                recent, named: RupturesState.list, showing: screen.earlier))
            </section>
            """
    }

    private var recordForm: HTML {
        let action = Post.recordRupture()
        let areas =
            [(value: "", label: "None in particular")]
            + state.activeAreas.map { (value: $0.id.description, label: $0.name) }
        return forms.post(
            action,
            """
            <label>What happened <textarea name="what" required maxlength="\(RupturesState.maximumText)">\
            \(forms.typed(action, "what"))</textarea></label>
            <label>How it felt <textarea name="felt" required maxlength="\(RupturesState.maximumText)">\
            \(forms.typed(action, "felt"))</textarea></label>
            <label>Area <select name="area">\(forms.options(action, "area", areas))</select></label>
            <label class="check"><input type="checkbox" name="shared"> Share it with \(partner) now</label>
            <button id="record-rupture">Keep it</button>
            """)
    }
}
