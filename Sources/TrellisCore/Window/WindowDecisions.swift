import Foundation
import TrellisLanguage

extension CoupleState {
    /// Decides a step of a Transparency Window. The actor is already known to be a current member.
    ///
    /// Time first: whatever time alone has brought by `now` (open time used up, a window nobody is
    /// in) is decided before the step and appended with it, so a rating after the tenth minute
    /// finds the window ended, whether or not anyone had recorded that yet.
    func decideWindow(_ command: WindowCommand, by actor: MemberID, at now: Date) throws(StepRefusal)
        -> [PendingEvent]
    {
        var settled: [PendingEvent] = []
        var windows = self.windows
        if let live = windows.live, let ending = live.dueEnding(at: now) {
            // Written as the asker's whoever noticed it, so the record does not tell who looked when.
            let event = PendingEvent(
                at: now, author: live.asker, visibility: .shared, payload: .window(.ended(id: live.id, ending: ending)))
            windows.apply(
                .ended(id: live.id, ending: ending), by: live.asker, at: now, visibility: .shared, partner: nil)
            settled.append(event)
        }
        func event(_ step: WindowEvent, _ visibility: Visibility = .shared, by author: MemberID? = nil)
            -> PendingEvent
        {
            PendingEvent(at: now, author: author ?? actor, visibility: visibility, payload: .window(step))
        }
        func found(_ id: WindowID) throws(StepRefusal) -> TransparencyWindow {
            guard let window = windows.window(id), window.isParticipant(actor) else { throw .notFound("window") }
            return window
        }
        func inside(_ id: WindowID) throws(StepRefusal) -> TransparencyWindow {
            let window = try found(id)
            switch window.phase {
            case .open, .paused: return window
            case .invited:
                throw .conflict("window_not_open", say("building.window.refusal.notOpenYet"))
            case .ended: throw .conflict("window_ended", say("building.window.refusal.ended"))
            }
        }

        switch command {
        case .settle:
            return settled

        case .start(let id, let raw, let seconds):
            guard partner(of: actor) != nil else {
                throw .conflict("no_partner", say("building.window.refusal.noPartner"))
            }
            guard windows.live == nil else {
                throw .conflict("window_live", say("building.window.refusal.alreadyLive"))
            }
            guard seconds > 0 else { throw .invalid("seconds", say("building.window.refusal.noTime")) }
            let question = try RepairText.validated(
                raw, field: "question", as: say("building.window.label.question"),
                limit: TransparencyWindow.maximumQuestion)
            return settled + [
                event(.started(id: id, seconds: seconds)), event(.question(id: id, text: question), .private),
            ]

        case .join(let id, let question):
            let window = try found(id)
            guard window.partner == actor else {
                throw .notYours(say("building.window.refusal.joinNotYours"))
            }
            guard window.phase == .invited else {
                throw .conflict("window_not_waiting", say("building.window.refusal.notWaiting"))
            }
            let shown = question.map { [event(.question(id: id, text: $0), by: window.asker)] } ?? []
            return settled + [event(.joined(id: id))] + shown

        case .decline(let id):
            let window = try found(id)
            guard window.partner == actor else { throw .notYours(say("building.window.refusal.declineNotYours")) }
            guard window.phase == .invited else {
                throw .conflict("window_not_waiting", say("building.window.refusal.notWaiting"))
            }
            return settled + [event(.declined(id: id))]

        case .rate(let id, let rating):
            _ = try inside(id)
            guard TransparencyWindow.ratings.contains(rating) else {
                throw .invalid("rating", say("building.window.refusal.ratingRange"))
            }
            return settled + [event(.rated(id: id, rating: rating))]

        case .ready(let id):
            let window = try inside(id)
            guard window.phase == .paused else {
                throw .conflict("window_not_paused", say("building.window.refusal.notPaused"))
            }
            guard !window.ready.contains(actor) else {
                throw .conflict("already_ready", say("building.window.refusal.alreadyReady"))
            }
            guard (window.ratings[actor] ?? 0) <= TransparencyWindow.calmEnough else {
                throw .conflict(
                    "rating_above_five", say("building.window.refusal.ratingAboveFive"))
            }
            return settled + [event(.ready(id: id))]

        case .leave(let id):
            let window = try found(id)
            guard window.isLive else { throw .conflict("window_ended", say("building.window.refusal.ended")) }
            return settled + [event(.ended(id: id, ending: .left))]

        case .reflect(let id, let raw, let shared):
            let window = try found(id)
            guard !window.isLive else {
                throw .conflict("window_live", say("building.window.refusal.reflectWhileLive"))
            }
            guard window.reflections[actor] == nil else {
                throw .conflict("already_reflected", say("building.window.refusal.alreadyReflected"))
            }
            let text = try RepairText.validated(
                raw, field: "text", as: say("building.window.label.reflection"),
                limit: TransparencyWindow.maximumReflection)
            return settled + [event(.reflected(id: id, text: text), shared ? .shared : .private)]

        case .shareReflection(let id):
            let window = try found(id)
            guard let reflection = window.reflections[actor] else { throw .notFound("reflection") }
            guard reflection.visibility == .private else {
                throw .conflict("already_shared", say("building.window.refusal.alreadyShared"))
            }
            return settled + [event(.reflected(id: id, text: reflection.text))]
        }
    }
}
