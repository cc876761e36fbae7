import Foundation
import TrellisCore
import TrellisLanguage

/// Ruptures over the last twelve weeks, one row each, newest on top: a bar from the day it was
/// written to the day both said it feels repaired (solid), or to today while open (faint). How
/// long repair took is there to see, with no grade. The title says it in words.
struct RuptureTimeline {
    let ruptures: [Rupture]
    let settings: MemberSettings
    let now: Date

    private static let days = 84
    private static let row = 22
    private static let width = 336

    var html: HTML {
        let today = settings.today(at: now)
        let first = today.adding(days: -(Self.days - 1))
        let shown = ruptures.filter { rupture in
            (rupture.closedAt.map { settings.today(at: $0) } ?? today) >= first
        }.prefix(12)
        guard !shown.isEmpty else { return .empty }
        let scale = Double(Self.width) / Double(Self.days)
        var words: [String] = []
        let bars = shown.enumerated().map { index, rupture -> HTML in
            let start = max(first, settings.today(at: rupture.at))
            let end = rupture.closedAt.map { settings.today(at: $0) } ?? today
            let length = max(8, Int(Double(end.daysSinceEpoch - start.daysSinceEpoch + 1) * scale))
            let x = min(Self.width - length, Int(Double(start.daysSinceEpoch - first.daysSinceEpoch) * scale))
            let took = end.daysSinceEpoch - settings.today(at: rupture.at).daysSinceEpoch
            words.append(
                rupture.isClosed
                    ? say("trust.picture.ruptures.repairedAfter", count: took)
                    : say("trust.picture.ruptures.openFor", count: took))
            let colour = rupture.isClosed ? Palette.kept : Palette.open
            let y = index * Self.row
            return """
                <line x1="0" y1="\(String(y + Self.row / 2))" x2="\(String(Self.width))" y2="\(String(y + Self.row / 2))" \
                stroke="\(Palette.faint)"/><rect x="\(String(x))" y="\(String(y + 2))" width="\(String(length))" height="\(String(Self.row - 4))" \
                rx="3" fill="\(colour)"/>
                """
        }.joined()
        let height = shown.count * Self.row
        return """
            <svg class="rupture-timeline" role="img" viewBox="0 0 \(String(Self.width)) \(String(height))" \
            width="\(String(Self.width))" height="\(String(height))">\
            <title>\(say("trust.picture.ruptures.title", ["ruptures": words.joined(separator: "; ")]))</title>\(bars)</svg>
            <p class="timeline-ends"><span>\(say("trust.picture.ruptures.start"))</span><span>\(say("day.today"))</span></p>
            <ul class="legend"><li>\(say("trust.picture.ruptures.legendRepaired"))</li>\
            <li>\(say("trust.picture.ruptures.legendOpen"))</li></ul>
            """
    }
}
