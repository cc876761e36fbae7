import ServiceLifecycle

/// Writes the counts of repeated refusals once their minute is over (`RepeatedRefusals`), so the
/// last minute of a flood is counted even when nothing comes after it; and once more at shutdown.
struct SecurityLogFlusher: Service {
    static let every: Duration = .seconds(10)

    let security: SecurityLog

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                security.flush()
                // Cancelled at shutdown: the sleep ends early and the loop stops, which is no failure.
                try? await Task.sleep(for: Self.every)
            }
        }
        security.flush(all: true)
    }
}
