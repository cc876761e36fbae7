import Hummingbird
import TrellisStore

/// Probes for load balancers and supervisors. `/healthz` does no work at all (the process
/// answers), which also makes it the baseline of the HTTP benchmark; `/readyz` asks the database.
struct Health {
    let storage: any TrellisStorage

    func register(on router: Router<TrellisRequestContext>) {
        router.get("/healthz") { _, _ in Self.plain(.ok, "ok\n") }
        router.get("/readyz") { _, _ in
            do {
                try await storage.checkReady()
                return Self.plain(.ok, "ready\n")
            } catch {
                return Self.plain(.serviceUnavailable, "the database does not answer\n")
            }
        }
    }

    private static func plain(_ status: HTTPResponse.Status, _ text: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/plain; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
