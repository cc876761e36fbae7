import Foundation
import TrellisCore
import TrellisStore

/// Owning my data: reading or downloading everything I may see, when an operator exported it, and
/// closing my account.
enum YourDataSection {
    static func html(operatorExports: [Date], zone: MemberSettings) -> HTML {
        let exports: HTML =
            operatorExports.isEmpty
            ? "<p>Nobody running this Trellis has exported your data.</p>"
            : """
            <p id="operator-exports">Whoever runs this Trellis exported your data on \
            \(operatorExports.map { ExportDocumentView.moment($0, zone: zone) }.joined(separator: "; ")).</p>
            """
        return """
            <h2 id="data">My data</h2>
            <p>Everything you can see here (what you two shared and what you kept to yourself, never your \
            partner's private entries), to read, print or save as a PDF, or as a file for other programs.</p>
            <p><a class="button" id="read-export" href="\(ExportPages.document)">Read everything</a> \
            <a class="button" id="download-export" href="\(ExportPages.file)" download>Download (JSON)</a></p>
            \(exports)
            <h2 id="close">Close my account</h2>
            <p>Closing destroys your account and everything you kept private. What you shared stays with \
            your partner, under "\(Member.formerPartnerName)".</p>
            <p><a id="close-account" href="\(Page.closeAccount)">Close my account…</a></p>
            """
    }
}
