import Hummingbird
import TrellisCore
import TrellisStore

/// Anything that draws couple screens: it reads the couple and knows the time.
protocol CoupleScreenReader: Sendable {
    var couples: CoupleService { get }
    var clock: any WallClock { get }
}

extension CoupleScreenReader {
    /// Reads what a screen at `address` is drawn from (the couple as it is, unless `read` says
    /// otherwise); nil when the member has no couple, whose screens then lead home.
    func coupleScreen(
        _ visit: WebVisit, _ account: Account, at address: Page, error: TrellisError?, done: StepConfirmation?,
        returned: ReturnedForm?, earlier: ListCursor? = nil,
        reading read: (@Sendable (CoupleID) async throws -> CoupleState)? = nil
    ) async throws -> CoupleScreen? {
        let read = read ?? { _ in try await couples.ownState(of: account) }
        guard let couple = account.coupleID, let state = try await read(couple) else { return nil }
        return CoupleScreen(
            state: state, account: account, now: clock.now(),
            forms: visit.forms(returning: returned, back: address.description), error: error, done: done,
            earlier: earlier)
    }
}
