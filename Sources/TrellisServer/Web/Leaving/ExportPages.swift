import Foundation
import Hummingbird
import TrellisStore

/// Everything a member may see, from their settings: as a document to read and print, and as the
/// JSON file. Both work whether or not they are in a couple.
struct ExportPages {
    static let document = "/settings/export"
    static let file = "/settings/export.json"

    let storage: any TrellisStorage
    let clock: any WallClock

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(RouterPath(Self.document)) { request, context in
            let visit = try context.pageVisit()
            let account = try context.caller()
            let export = try await MemberExport.read(account, from: storage, at: clock.now())
            return visit.page(
                ExportDocumentView(export: export, zone: account.settings, period: ReportPeriod(request)).html)
        }
        router.get(RouterPath(Self.file)) { _, context in
            let export = try await MemberExport.read(try context.caller(), from: storage, at: clock.now())
            return Self.download(try export.json())
        }
    }

    /// The file as a download, never shown in the page.
    static func download(_ json: Data) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        headers[.contentDisposition] = #"attachment; filename="trellis-export.json""#
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: json)))
    }
}
