import Foundation
import TrellisCore
import TrellisLanguage

/// An area's two switches over the last twelve weeks, one band each: on, off, or not set yet, day
/// by day. Both belong to their owners; the picture only shows what each chose, and since when.
struct SwitchTimeline {
    /// Each band: whose switch, and its flips.
    let bands: [(owner: String, trustSwitch: TrustSwitch?)]
    let today: Day
    /// The member's own day of a moment, so a flip late in the evening lands on the right day.
    let dayOf: @Sendable (Date) -> Day

    private static let days = 84
    private static let dayWidth = 4
    private static let band = 16

    var html: HTML {
        let first = today.adding(days: 1 - Self.days)
        var shapes: [HTML] = []
        for (index, band) in bands.enumerated() {
            let top = index * (Self.band + 26)
            shapes.append(
                ##"<text x="0" y="\##(top + 13)" font-size="13" fill="currentColor">\##(band.owner)</text>"##)
            for (start, length, on) in segments(band.trustSwitch, from: first) {
                let colour = on.map { $0 ? Palette.kept : Palette.off } ?? Palette.faint
                shapes.append(
                    #"<rect x="\#(start * Self.dayWidth)" y="\#(top + 18)" width="\#(length * Self.dayWidth)" height="\#(Self.band)" fill="\#(colour)"/>"#
                )
            }
        }
        let width = Self.days * Self.dayWidth
        let height = bands.count * (Self.band + 26)
        let described = bands.map {
            say("trust.picture.switchTimeline.band", ["owner": $0.owner, "since": sentence($0.trustSwitch)])
        }.joined(separator: " ")
        return """
            <svg class="switch-timeline" role="img" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)">\
            <title>\(say("trust.picture.switchTimeline.title", ["switches": described]))</title>\(shapes.joined())</svg>
            <p class="timeline-ends"><span>\(HumanDay.text(first, today: today))</span><span>\(say("day.today"))</span></p>
            <p class="note">\(described)</p>
            """
    }

    /// "off since Tue 10 Nov", "on since ...", or "not decided yet".
    func sentence(_ trustSwitch: TrustSwitch?) -> String {
        guard let trustSwitch, let last = trustSwitch.history.last else {
            return say("trust.picture.switchTimeline.undecided", ["position": SwitchPosition.undecided.word])
        }
        let day = HumanDay.text(dayOf(last.at), today: today)
        return last.on
            ? say("trust.picture.switchTimeline.onSince", ["day": day])
            : say("trust.picture.switchTimeline.offSince", ["day": day])
    }

    /// Runs of days with the same setting: (first day's offset, length, on/off or nil for not set).
    private func segments(_ trustSwitch: TrustSwitch?, from first: Day) -> [(Int, Int, Bool?)] {
        let flips = (trustSwitch?.history ?? []).map { (day: dayOf($0.at), on: $0.on) }
        var runs: [(Int, Int, Bool?)] = []
        for offset in 0..<Self.days {
            let day = first.adding(days: offset)
            let setting = flips.last { $0.day <= day }?.on
            if let last = runs.last, last.2 == setting {
                runs[runs.count - 1].1 += 1
            } else {
                runs.append((offset, 1, setting))
            }
        }
        return runs
    }
}
