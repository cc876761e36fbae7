import Foundation
import NIOConcurrencyHelpers

/// Refusals of one kind for one pseudonym and address, counted a minute at a time: the first is
/// written at once (as every refusal always was), the rest of that minute only as a count with
/// the first and last moment once the minute is over. A flood of refused requests then costs a
/// line or two a minute, and an investigator still sees every refusal counted.
final class RepeatedRefusals: Sendable {
    static let window: TimeInterval = 60
    /// Beyond this many runs at once, the oldest are written out early, so memory stays bounded.
    static let most = 10_000

    struct Key: Hashable, Sendable {
        let event: String
        let account: String?
        let address: String?
    }

    struct Run: Sendable, Equatable {
        let first: Date
        var last: Date
        /// Refusals after the first, which was written when it came.
        var more: Int
    }

    private let runs = NIOLockedValueBox<[Key: Run]>([:])

    /// Notes one refusal at `now`: whether it starts a run (to be written now), and the runs that
    /// ended before it (to be written as counts).
    func note(_ key: Key, at now: Date) -> (starts: Bool, ended: [(Key, Run)]) {
        runs.withLockedValue { runs in
            var ended = Self.take(from: &runs, endedBy: now)
            if var run = runs[key] {
                run.last = now
                run.more += 1
                runs[key] = run
                return (false, ended)
            }
            if runs.count >= Self.most, let oldest = runs.min(by: { $0.value.first < $1.value.first }) {
                ended.append((oldest.key, oldest.value))
                runs[oldest.key] = nil
            }
            runs[key] = Run(first: now, last: now, more: 0)
            return (true, ended)
        }
    }

    /// The runs whose minute is over at `now`, taken out.
    func ended(at now: Date) -> [(Key, Run)] {
        runs.withLockedValue { Self.take(from: &$0, endedBy: now) }
    }

    private static func take(from runs: inout [Key: Run], endedBy now: Date) -> [(Key, Run)] {
        let over = runs.filter { now.timeIntervalSince($0.value.first) >= window }
        for key in over.keys { runs[key] = nil }
        return over.map { ($0.key, $0.value) }.sorted { $0.1.first < $1.1.first }
    }
}
