import Foundation
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Owning my data: reading or downloading everything I may see, when an operator exported it, and
/// closing my account.
enum YourDataSection {
    static func html(operatorExports: [Date], zone: MemberSettings) -> HTML {
        let moments = operatorExports.map { ExportDocumentView.moment($0, zone: zone) }.joined(separator: "; ")
        let exports: HTML =
            operatorExports.isEmpty
            ? "<p>\(say("reach.data.noExports"))</p>"
            : """
            <p id="operator-exports">\(say("reach.data.exports", ["moments": moments]))</p>
            """
        return """
            <h2 id="data">\(say("reach.data.title"))</h2>
            <p>\(say("reach.data.intro"))</p>
            <p><a class="button" id="read-export" href="\(ExportPages.document)">\(say("reach.data.readButton"))</a> \
            <a class="button" id="download-export" href="\(ExportPages.file)" download>\(say("reach.data.downloadButton"))</a></p>
            \(exports)
            <h2 id="close">\(say("reach.data.closeTitle"))</h2>
            <p>\(say("reach.data.closeIntro", ["name": Member.formerPartnerName]))</p>
            <p><a id="close-account" href="\(Page.closeAccount)">\(say("reach.data.closeLink"))</a></p>
            """
    }
}
