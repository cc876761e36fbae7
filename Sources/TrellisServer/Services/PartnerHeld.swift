import Foundation
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Three steps open something private of one partner's at a moment the other brings about: fears
/// revealed together (the first partner's fears, when the second is ready too), joining a
/// Transparency Window (the asker's question) and the weekly check-in (the first turn written,
/// when the second is). The first partner may be far away by then, with
/// their private key closed; so while their words wait, they are kept sealed to the other
/// partner's public key (`HeldForPartnerStore`), and the other partner's own key opens them, in
/// the same turn as the append that shows them.
///
/// A member whose password was reset has not proven who they are until they give their recovery
/// code (whoever reset it may be someone else): until then nothing their partner waited to show
/// them is read for them from the partner's record, and nothing is held for them anew, exactly as
/// their own private entries from before stay sealed. Only what the partner chooses after being
/// told (a window started since) reaches them.
struct PartnerHeld: Sendable {
    let storage: any HeldForPartnerStore & PrivateKeyStore

    static func fears(_ area: AreaID) -> String { "fears:\(area)" }
    static func window(_ id: WindowID) -> String { "window:\(id.rawValue)" }
    static func turn(_ week: Day) -> String { "turn:\(week)" }

    /// The command with the partner's held words filled in, or refused when they are not to be had.
    func fill(
        _ command: CoupleCommand, in couple: CoupleID, state: CoupleState, actor: MemberID,
        partnerState: () async throws -> CoupleState
    ) async throws -> CoupleCommand {
        guard let partner = state.partner(of: actor)?.id else { return command }
        let unproven = try await storage.privateKeyStatus(of: actor).awaitsRecovery
        switch command {
        case .fears(.revealTogether(let area, _)) where state.fears.isReady(partner, in: area):
            if let held = try await storage.held(from: partner, for: actor, in: couple, topic: Self.fears(area)) {
                return .fears(
                    .revealTogether(area: area, partnerFears: try JSONDecoder().decode([CoreFear].self, from: held)))
            }
            // Ready before this partner joined (recorded before revealing together needed two):
            // read from the partner's record if it can be opened here, else wait for their next
            // building step to hold it; one never reveals alone.
            if unproven { throw TrellisError.partnerWordsAwaitRecovery }
            guard let theirs = try? await partnerState().fears.fears(of: partner, in: area) else {
                throw TrellisError(.conflict, "partner_fears_sealed", say("home.refusal.partnerFearsSealed"))
            }
            return .fears(.revealTogether(area: area, partnerFears: theirs))
        case .window(.join(let id, _)):
            if let held = try await storage.held(from: partner, for: actor, in: couple, topic: Self.window(id)) {
                return .window(.join(id: id, question: String(decoding: held, as: UTF8.self)))
            }
            if unproven { throw TrellisError.partnerWordsAwaitRecovery }
            let question = try? await partnerState().windows.window(id)?.question
            return .window(.join(id: id, question: question ?? nil))
        case .talk(.writeTurn(let parts, nil), let today):
            let week = Turn.week(of: today)
            guard let theirs = state.talk.turn(of: partner, week: week), !theirs.opened else { return command }
            if let held = try await storage.held(from: partner, for: actor, in: couple, topic: Self.turn(week)) {
                let words = try JSONDecoder().decode([String: String].self, from: held)
                return .talk(.writeTurn(parts: parts, partnerTurn: Self.parts(words)), today: today)
            }
            if unproven { throw TrellisError.partnerWordsAwaitRecovery }
            // Written before this member could be held for: from the partner's record when it
            // opens here, else the core refuses and waits for the partner's next step.
            let written = try? await partnerState().talk.turn(of: partner, week: week)?.parts
            return .talk(.writeTurn(parts: parts, partnerTurn: written ?? nil), today: today)
        default:
            return command
        }
    }

    private static func parts(_ words: [String: String]) -> [Turn.Part: String] {
        Dictionary(uniqueKeysWithValues: words.compactMap { key, text in Turn.Part(rawValue: key).map { ($0, text) } })
    }

    /// After the actor's step (`before` to `after`): what they now wait to show their partner is
    /// kept sealed to the partner, and what was shown, or is no longer to be, is let go.
    func keep(
        after command: CoupleCommand, in couple: CoupleID, before: CoupleState, after: CoupleState, actor: MemberID
    ) async throws {
        guard let partner = after.partner(of: actor)?.id else { return }
        switch command {
        case .fears(let step):
            let partnerUnproven = try await storage.privateKeyStatus(of: partner).awaitsRecovery
            // Every ready area, not only the one this step touched: an area made ready before the
            // partner joined had nobody to be sealed to then, and is held from the next step on.
            for area in after.areas.map(\.id) where !partnerUnproven && after.fears.isReady(actor, in: area) {
                let waiting = after.fears.fears(of: actor, in: area).filter { $0.visibility == .private }
                try await storage.hold(
                    try JSONEncoder().encode(waiting), from: actor, for: partner, in: couple, topic: Self.fears(area))
            }
            if case .revealTogether(let area, _) = step, !after.fears.isReady(actor, in: area) {
                // Both were ready: everything opened in this append.
                try await storage.release(from: partner, in: couple, topic: Self.fears(area))
                try await storage.release(from: actor, in: couple, topic: Self.fears(area))
            }
        case .window(let step):
            if case .start(let id, let question, _) = step {
                try await storage.hold(
                    Data(question.utf8), from: actor, for: partner, in: couple, topic: Self.window(id))
            }
            // A question waits only while its window waits for the partner: once joined, declined,
            // left or lapsed (whoever's step recorded it), it goes.
            for window in after.windows.windows where window.phase != .invited {
                guard before.windows.window(window.id)?.phase == .invited else { continue }
                try await storage.release(from: window.asker, in: couple, topic: Self.window(window.id))
            }
        case .talk(.writeTurn, let today):
            let week = Turn.week(of: today)
            guard let mine = after.talk.turn(of: actor, week: week) else { return }
            if mine.opened {
                try await storage.release(from: partner, in: couple, topic: Self.turn(week))
                try await storage.release(from: actor, in: couple, topic: Self.turn(week))
            } else if let parts = mine.parts, try await !storage.privateKeyStatus(of: partner).awaitsRecovery {
                let words = Dictionary(uniqueKeysWithValues: parts.map { ($0.key.rawValue, $0.value) })
                try await storage.hold(
                    try JSONEncoder().encode(words), from: actor, for: partner, in: couple, topic: Self.turn(week))
            }
        default:
            return
        }
    }
}

extension TrellisError {
    static var partnerWordsAwaitRecovery: Self {
        Self(.conflict, "partner_words_await_recovery", say("home.refusal.partnerWordsAwaitRecovery"))
    }
}
