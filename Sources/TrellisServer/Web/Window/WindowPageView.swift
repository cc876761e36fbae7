import Foundation
import TrellisCore
import TrellisLanguage

/// The Transparency Window page: what a window is, the live window (or a way to start one), and
/// past windows with their reflections. The live part is its own element, which the script
/// replaces when the partner takes a step.
struct WindowPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        let recent = state.windows.past(for: viewer, before: screen.earlier)
        let past = recent.items
        return """
            \(header(HTML.say("building.window.title")))
            \(WindowLiveView(page: self).html)
            <section id="window-past">
            <h2>\(say("building.window.past"))</h2>
            \(past.isEmpty ? #"<p class="note">\#(say("building.window.noneYet"))</p>"# : .empty)
            <ul class="fears windows">\(past.map { WindowPastView(page: self, window: $0).html }.joined())</ul>
            \(EarlierLink(label: say("building.window.earlier")) { .window(earlier: $0) }.html(
                recent, named: WindowsState.list, showing: screen.earlier))
            </section>
            """
    }

    /// "8:20" for what is left of the open time.
    static func clock(_ seconds: Int) -> String { String(format: "%d:%02d", seconds / 60, seconds % 60) }

    /// "6 min 20 s" of open time.
    static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded(.down))
        if whole < 60 { return say("building.window.durationSeconds", ["seconds": Say.number(whole)]) }
        if whole % 60 == 0 { return say("building.window.durationMinutes", ["minutes": Say.number(whole / 60)]) }
        let minutes = Say.number(whole / 60)
        return say("building.window.durationMinutesSeconds", ["minutes": minutes, "seconds": Say.number(whole % 60)])
    }
}
