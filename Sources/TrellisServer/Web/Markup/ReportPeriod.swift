import Hummingbird
import TrellisCore
import TrellisLanguage

/// The days a printed report covers, from the address (`?from=2026-11-01&to=2026-11-30`); either
/// end may be open. A date that cannot be read is left open rather than refused: it is a view.
struct ReportPeriod: Sendable, Equatable {
    var from: Day?
    var to: Day?

    /// The whole record.
    init() {}

    init(_ request: Request) {
        from = request.uri.queryParameters["from"].flatMap { Day(iso: String($0)) }
        to = request.uri.queryParameters["to"].flatMap { Day(iso: String($0)) }
    }

    func contains(_ day: Day) -> Bool { from.map { day >= $0 } ?? true && to.map { day <= $0 } ?? true }

    /// "From Sun 1 Nov 2026 to Mon 30 Nov 2026", or nothing when the whole record is shown.
    var words: HTML {
        switch (from, to) {
        case (nil, nil): .empty
        case (let from?, nil): "<p>\(say("common.period.from", ["from": HumanDay.full(from)]))</p>"
        case (nil, let to?): "<p>\(say("common.period.upTo", ["to": HumanDay.full(to)]))</p>"
        case (let from?, let to?):
            "<p>\(say("common.period.fromTo", ["from": HumanDay.full(from), "to": HumanDay.full(to)]))</p>"
        }
    }

    /// A form to choose the days, not printed; the browser's own print makes the report.
    func form(_ action: String) -> HTML {
        """
        <form method="get" action="\(action)" class="no-print">
        <label>\(say("common.period.fromLabel")) <input type="date" name="from" value="\(from?.description ?? "")"></label>
        <label>\(say("common.period.toLabel")) <input type="date" name="to" value="\(to?.description ?? "")"></label>
        <button id="choose-period">\(say("common.period.show"))</button>
        <p class="note">\(say("common.period.printNote"))</p>
        </form>
        """
    }
}
