import Foundation
import TrellisCore
import TrellisStore

/// "New" on home: something waiting for a member is new to them until they open the screen it
/// leads to. Only keys are kept (see `SeenStore`).
struct SeenMarks {
    let storage: any SeenStore
    let clock: any WallClock

    /// Marks as seen what waits for `account` on the screen at `place`, which they just opened,
    /// and the news of what happened there.
    func opened(_ place: String, in state: CoupleState, by account: Account) async throws {
        let now = clock.now()
        let today = account.settings.today(at: now)
        guard
            let waiting = state.waiting(
                for: account.id, today: today, isEvening: account.settings.isEvening(at: now))
        else { return }
        let keys = waiting.forMe.filter { $0.place == place }.flatMap { $0.seenKeys(today: today) }
        // Only news that can still show as new: a quiet item never does, seen or not.
        let news = state.news.items(for: account.id, limit: NewsLog.kept).filter {
            !NewsFeed.isQuiet($0, at: now)
                && NewsLine($0, in: state).place?.prefix { $0 != "#" } == Substring(place)
        }
        try await storage.markSeen(keys + news.map(NewsFeed.key), by: account.id, at: now)
    }

    /// The keys of `waiting` that `account` has not opened yet.
    func unseen(_ waiting: Waiting, today: Day, by account: Account) async throws -> Set<String> {
        let keys = waiting.forMe.flatMap { $0.seenKeys(today: today) }
        return Set(keys).subtracting(try await storage.seen(keys, by: account.id))
    }
}

extension Waiting.ForMe {
    /// The screen the item is opened on: its link, and where opening it counts as seeing it.
    var place: String {
        switch self {
        case .hardWeek, .hardDate: Page.hardDates().description
        case .talkProposed, .turnsOpen, .yourTurn: Page.talk().description
        case .question(let question): RepairScreen.area(question.area).path
        case .requests, .report: RepairScreen.askedOfMe.path
        case .reword, .retirement: RepairScreen.asked.path
        case .feedback(let feedback), .tryAgain(let feedback): Page.feedback(feedback.id).description
        case .reflection, .journal: Page.integrity().description
        case .fearsReady(let area): Page.fears(area: area).description
        case .sharedFear(let fear): Page.fears(area: fear.area).description
        case .grant: Page.grants().description
        case .words, .consentWithdrawn, .told: Page.expectations().description
        case .window: Page.window().description
        case .rupture: Page.ruptures().description
        case .clinicianAskedIn, .suggestion: Page.help().description
        }
    }

    /// What the item shows, as keys: a later reflection or another day's report is new again.
    func seenKeys(today: Day) -> [String] {
        switch self {
        case .hardWeek(let week): ["hard-week:\(week.id)"]
        case .hardDate(let date, let coming): ["hard-date:\(date.id):\(coming)"]
        case .talkProposed(let rhythm): ["talk-proposed:\(rhythm.weekday.rawValue):\(rhythm.time)"]
        case .turnsOpen(let turn): ["turns-open:\(turn.week)"]
        case .yourTurn(let week, let partnerReady): ["your-turn:\(week):\(partnerReady)"]
        case .question(let question): ["question:\(question.id)"]
        case .requests(let actions): actions.map { "request:\($0.id)" }
        case .reword(let action): ["reword:\(action.id)"]
        case .retirement(let action): ["retirement:\(action.id)"]
        case .report(let action): ["report:\(action.id):\(today)"]
        case .feedback(let feedback): ["feedback:\(feedback.id)"]
        case .reflection(let feedback): ["reflection:\(feedback.id):\(feedback.earlierReflections.count)"]
        case .tryAgain(let feedback): ["not-quite:\(feedback.id):\(feedback.earlierReflections.count)"]
        case .journal: ["journal:\(today)"]
        case .fearsReady(let area): ["fears-ready:\(area)"]
        case .sharedFear(let fear): ["fear:\(fear.id)"]
        case .grant(let grant): ["grant:\(grant.id)"]
        case .words(let expectation): ["words:\(expectation.id):\(expectation.latest.number)"]
        case .consentWithdrawn(let expectation): ["withdrawn:\(expectation.id):\(expectation.latest.number)"]
        case .told(_, let disclosure): ["told:\(disclosure.id)"]
        case .window(let window): ["window:\(window.id):\(window.phase.rawValue)"]
        case .rupture(let rupture): ["rupture:\(rupture.id):\(rupture.repairedFor.count)"]
        case .clinicianAskedIn(let invitation): ["clinician:\(invitation.clinician):\(invitation.invitedAt)"]
        case .suggestion(let suggestion): ["suggestion:\(suggestion.id)"]
        }
    }
}
