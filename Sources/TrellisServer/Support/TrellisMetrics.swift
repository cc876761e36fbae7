import Hummingbird
import Metrics
import NIOCore
import Prometheus

/// What an operator watches, in Prometheus's text format at `/metrics`, for the bearer of the
/// metrics token only: requests and their latency per route template (Hummingbird's
/// `MetricsMiddleware`; a template such as `/join/{code}` never carries the code, and no label
/// holds an id, a token or an email), kept folds and how reads were served, appends, and
/// throttled log-ins.
public enum TrellisMetrics {
    /// Sends every metric of this process to `registry`. Once per process, before serving.
    public static func bootstrap(_ registry: PrometheusCollectorRegistry) {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.nameAndLabelSanitizer = { name, labels in
            (sanitized(name), labels.map { (sanitized($0.0), $0.1) })
        }
        MetricsSystem.bootstrap(factory)
    }

    /// Prometheus names take letters, digits and underscores ("http.server" is "http_server").
    static func sanitized(_ name: String) -> String {
        String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    static let appends = Counter(label: "trellis_appends_total")
    static let throttledLogIns = Counter(label: "trellis_login_throttled_total")
}

/// `/metrics`, answered only to `Authorization: Bearer <token>`; to anyone else it is not there.
struct MetricsEndpoint {
    let registry: PrometheusCollectorRegistry
    let token: String

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get("/metrics") { request, _ in
            guard let given = request.bearerToken, SecretToken.hash(given) == SecretToken.hash(token) else {
                throw TrellisError.notFound
            }
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
            return Response(
                status: .ok, headers: headers,
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
        }
    }
}
