import Synchronization
import TrellisCore

/// Runs the commands for one couple one after another within this process (first come, first
/// served), so an unpinned write never loses a race to another request of the same process.
/// Commands for different couples run side by side.
final class CoupleQueue: Sendable {
    private let waiting = Mutex<[CoupleID: [CheckedContinuation<Void, Never>]]>([:])

    func serially<T: Sendable>(_ couple: CoupleID, _ body: () async throws -> T) async throws -> T {
        await enter(couple)
        defer { leave(couple) }
        return try await body()
    }

    private func enter(_ couple: CoupleID) async {
        await withCheckedContinuation { (turn: CheckedContinuation<Void, Never>) in
            let now = waiting.withLock { waiting -> Bool in
                guard waiting[couple] != nil else {
                    waiting[couple] = []
                    return true
                }
                waiting[couple]!.append(turn)
                return false
            }
            if now { turn.resume() }
        }
    }

    private func leave(_ couple: CoupleID) {
        let next = waiting.withLock { waiting -> CheckedContinuation<Void, Never>? in
            guard var queue = waiting[couple], !queue.isEmpty else {
                waiting[couple] = nil
                return nil
            }
            let next = queue.removeFirst()
            waiting[couple] = queue
            return next
        }
        next?.resume()
    }
}
