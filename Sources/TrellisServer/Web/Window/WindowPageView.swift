import Foundation
import TrellisCore

/// The Transparency Window page: what a window is, the live window (or a way to start one), and
/// past windows with their reflections. The live part is its own element, which the script
/// replaces when the partner takes a step.
struct WindowPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        let recent = state.windows.past(for: viewer, before: screen.earlier)
        let past = recent.items
        return """
            \(header("Transparency Window"))
            \(WindowLiveView(page: self).html)
            <section id="window-past">
            <h2>Past windows</h2>
            \(past.isEmpty ? #"<p class="note">None yet.</p>"# : .empty)
            <ul class="fears windows">\(past.map { WindowPastView(page: self, window: $0).html }.joined())</ul>
            \(EarlierLink(label: "Earlier windows") { .window(earlier: $0) }.html(
                recent, named: WindowsState.list, showing: screen.earlier))
            </section>
            """
    }

    /// "8:20" for what is left of the open time.
    static func clock(_ seconds: Int) -> String { String(format: "%d:%02d", seconds / 60, seconds % 60) }

    /// "6 min 20 s" of open time.
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded(.down))
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min" + (whole % 60 == 0 ? "" : " \(whole % 60) s")
    }
}
