import Foundation
import Logging
import TrellisCore
import TrellisStore

/// Writes a couple's lived-in history, day by day, through the same services a person uses, with a
/// clock set back to each day: `trellis demo` shows a new user the product working at once, and the
/// benchmarks seed their long histories the same way.
struct DemoCouple {
    let couple: CoupleID
    let asker: Account
    let doer: Account
    private let couples: CoupleService
    private let clock: ManualWallClock
    private let storage: any TrellisStorage

    /// Starts the couple at 08:00 (UTC) `days` days before `now`, with both partners in it.
    static func start(
        asker: Account, doer: Account, storage: any TrellisStorage, daysBefore days: Int, now: Date
    ) async throws -> DemoCouple {
        let firstDay = Day(now).adding(days: -days)
        let clock = ManualWallClock(Date(timeIntervalSince1970: Double(firstDay.daysSinceEpoch) * 86_400 + 8 * 3600))
        // Seeding writes history, not visits: no security events to report.
        let quiet = SecurityLog(
            logger: Logger(label: "trellis.demo") { _ in SwiftLogNoOpLogHandler() }, storage: storage)
        let couples = CoupleService(
            storage: storage, clock: clock, folds: KeptFolds(storage: storage, capacity: 16), security: quiet)
        let (couple, _) = try await couples.start(for: asker)
        _ = try await couples.commit(.join(name: doer.name), to: couple, by: doer, effects: [.assign(doer.id)]) {
            try await couples.state(of: couple, for: doer.id)
        }
        return DemoCouple(
            couple: couple, asker: asker.joined(couple), doer: doer.joined(couple), couples: couples, clock: clock,
            storage: storage)
    }

    var today: Day { Day(clock.now()) }

    /// Moves the clock on by `hours`.
    func wait(hours: Double) { clock.advance(by: hours * 3600) }

    /// Moves the clock on to `hour` o'clock of the next day.
    func nextDay(at hour: Double) {
        let midnight = Double(today.adding(days: 1).daysSinceEpoch) * 86_400
        clock.advance(by: midnight + hour * 3600 - clock.now().timeIntervalSince1970)
    }

    func repair(_ step: RepairCommand, by account: Account) async throws {
        _ = try await couples.perform(.repair(step, today: today), in: couple, by: account)
    }

    func integrity(_ step: IntegrityCommand, by account: Account) async throws {
        _ = try await couples.perform(.integrity(step, today: today), in: couple, by: account)
    }

    func area(named name: String) async throws -> AreaID {
        let state = try await couples.state(of: couple, for: asker.id)
        guard let area = state.activeAreas.first(where: { $0.name == name }) else { throw TrellisError.notFound }
        return area.id
    }

    /// How many events the couple's log holds, in every stream.
    func events() async throws -> Int64 { try await storage.head(of: couple) }
}

extension Account {
    func joined(_ couple: CoupleID) -> Account {
        Account(id: id, email: email, name: name, passwordHash: passwordHash, coupleID: couple, settings: settings)
    }
}
