import TrellisCore
import TrellisLanguage

/// "What happened": one line each, newest first, with the day and one tap to where it happened;
/// "New" until opened, quiet once a few days old. Used on home and on the page of earlier news.
struct NewsView {
    let page: NewsFeed.Page
    let settings: MemberSettings
    let today: Day

    func list(earlierLink: Bool) -> HTML {
        let items = page.entries.map { entry -> HTML in
            let day = HumanDay.text(settings.today(at: entry.item.at), today: today)
            let mark: HTML = entry.isNew ? #"<span class="new-mark">\#(say("home.newMark"))</span> "# : .empty
            let css = ["news-item", entry.isNew ? "unseen" : nil, entry.isQuiet ? "quiet" : nil].compactMap { $0 }
            let text: HTML =
                entry.line.place == nil
                ? "\(entry.line.sentence)."
                : #"<a href="\#(NewsPages.path(entry.item.seq))">\#(entry.line.sentence)</a>"#
            return
                #"<li class="\#(css.joined(separator: " "))">\#(mark)\#(text) <span class="note">\#(day)</span></li>"#
        }
        let earlier: HTML =
            earlierLink && page.earlier != nil
            ? #"<p><a id="earlier-news" href="\#(NewsPages.earlier(before: page.earlier))">\#(say("home.news.earlier"))</a></p>"#
            : .empty
        return #"<ul id="news" class="news">\#(items.joined())</ul>\#(earlier)"#
    }

    /// The home page's section; nothing when nothing happened yet.
    var homeSection: HTML {
        guard !page.entries.isEmpty else { return .empty }
        return
            #"<section id="what-happened"><h2>\#(say("home.news.heading"))</h2>\#(list(earlierLink: true))</section>"#
    }
}
