import Hummingbird
import NIOCore

/// Per-request context: Hummingbird's core storage plus the caller's network address,
/// which login rate limiting keys on.
public struct TrellisRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
