import TrellisCore
import TrellisLanguage

/// The way through one bounded list (`Recent`): "Earlier …" when it goes on, and "Back to the
/// newest" when the screen shows an earlier part of this list.
struct EarlierLink {
    let label: String
    /// The screen at a place in the list, or at its newest for nil.
    let page: @Sendable (ListCursor?) -> Page

    func html<Element>(_ list: Recent<Element>, named name: String, showing current: ListCursor?) -> HTML {
        let older: HTML = list.earlier.map { #"<a class="earlier" href="\#(page($0))">\#(label)</a>"# } ?? .empty
        let newest: HTML =
            current?.list == name
            ? #"<a class="newest" href="\#(page(nil))">\#(say("common.paging.newest"))</a>"# : .empty
        guard older != .empty || newest != .empty else { return .empty }
        return #"<p class="paging">\#(newest) \#(older)</p>"#
    }
}
