import Foundation
import TrellisCore
import TrellisLanguage
import TrellisStore

/// The export as a document to read, print or save as a PDF: the account, the couple, then every
/// event day by day in the member's own time, each with its words. Drawn from the same
/// `MemberExport` as the file, so the two always hold the same things.
struct ExportDocumentView {
    let export: MemberExport
    let zone: MemberSettings
    /// The days printed; the whole record when open at both ends.
    let period: ReportPeriod

    var html: HTML {
        let person = export.account
        return """
            <article class="export">
            <p class="no-print"><a href="\(Page.settings())">\(say("home.export.backToSettings"))</a> \
            <a class="button" href="\(ExportPages.file)" download>\(say("home.export.download"))</a></p>
            <h1>\(say("home.export.heading", ["name": person.name]))</h1>
            <p>\(say("home.export.made", ["moment": Self.moment(export.exportedAt, zone: zone)]))</p>
            <h2>\(say("home.export.yourAccount"))</h2>
            <dl><dt>\(say("home.export.name"))</dt><dd>\(person.name)</dd>\
            <dt>\(say("home.export.email"))</dt><dd>\(person.email)</dd>\
            <dt>\(say("home.export.timeZone"))</dt><dd>\(person.timeZone)</dd></dl>
            \(period.form(ExportPages.document))
            \(couples)
            </article>
            """
    }

    private var couples: HTML {
        let now: HTML =
            export.couple.map { section($0, heading: say("home.export.yourCouple")) }
            ?? "<h2>\(say("home.export.yourCouple"))</h2><p>\(say("home.export.noCouple"))</p>"
        let former = export.formerCouples.map { couple -> HTML in
            section(couple, heading: say("home.export.coupleLeft"), note: say("home.export.coupleLeftNote"))
        }
        return now + former.joined()
    }

    private func section(_ couple: MemberExport.Couple, heading: String, note: String? = nil) -> HTML {
        let members = couple.members.map { member -> HTML in
            let since = Self.moment(member.joinedAt, zone: zone)
            let said =
                member.isMe
                ? say("home.export.memberYou", ["name": member.name, "moment": since])
                : member.left
                    ? say("home.export.memberLeft", ["name": member.name, "moment": since])
                    : say("home.export.member", ["name": member.name, "moment": since])
            return "<li>\(said)</li>"
        }
        let names = ExportFields.names(
            couple.members.map { ($0.id, $0.name) } + couple.areas.map { ($0.id, $0.name) },
            in: couple.events.map(\.payload))
        let days = Dictionary(grouping: couple.events) { zone.today(at: $0.at) }.filter { period.contains($0.key) }
        let history = days.keys.sorted().map { day -> HTML in
            let items = days[day, default: []].map { item($0, names: names) }
            return "<h3>\(HumanDay.full(day))</h3><ol class=\"export-day\">\(items.joined())</ol>"
        }
        return """
            <h2>\(heading)</h2>
            \(note.map { "<p>\($0)</p>" as HTML } ?? .empty)
            <ul>\(members.joined())</ul>
            <h2>\(say("home.export.everything"))</h2>
            \(period.words)
            \(history.joined())
            """
    }

    private func item(_ event: EventRecord, names: [String: String]) -> HTML {
        let who = names[event.author] ?? Member.formerPartnerName
        let kept: HTML = event.visibility == "private" ? " <em>\(say("home.export.private"))</em>" : ""
        let fields = ExportFields.readable(event.payload, names: names).map { field -> HTML in
            "<dt>\(field.label)</dt><dd>\(field.value)</dd>"
        }
        let details: HTML = fields.isEmpty ? .empty : "<dl>\(fields.joined())</dl>"
        return """
            <li><time>\(Self.clock(event.at, zone: zone))</time> <strong>\(who)</strong>: \
            \(ExportFields.words(event.kind))\(kept)\(details)</li>
            """
    }

    /// "24 Nov 2026 at 21:05", in the member's time zone.
    static func moment(_ date: Date, zone: MemberSettings) -> String {
        say("home.export.moment", ["day": HumanDay.full(zone.today(at: date)), "time": clock(date, zone: zone)])
    }

    private static func clock(_ date: Date, zone: MemberSettings) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone.zone
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return Say.time(hour: parts.hour ?? 0, minute: parts.minute ?? 0)
    }
}
