import Foundation
import TrellisCore

struct NoteBody: Encodable, Equatable {
    let author: String
    let at: Date
    let text: String

    init(_ note: OccurrenceNote) {
        author = note.author.description
        at = note.at
        text = note.text
    }
}

/// One day of an action: "done", "missed", "noticed" or "not reported", with what was said.
struct OccurrenceBody: Encodable, Equatable {
    let day: Day
    let scheduled: Bool
    let state: String
    /// When the outcome was reported; the doer can take it back for `RepairState.withdrawWindow`.
    let reportedAt: Date?
    let acknowledged: NoteBody?
    /// The asker saw it happen although it was not reported.
    let noticed: NoteBody?
    let notes: [NoteBody]

    init(_ shown: ActionDay) {
        let occurrence = shown.record
        day = shown.day
        scheduled = shown.scheduled
        state = shown.state.rawValue
        reportedAt = occurrence?.reportedAt
        acknowledged = occurrence?.acknowledged.map(NoteBody.init)
        noticed = occurrence?.noticed.map(NoteBody.init)
        notes = occurrence?.notes.map(NoteBody.init) ?? []
    }
}

struct ActionBody: Encodable, Equatable {
    let id: String
    let areaId: String
    let asker: String
    let doer: String
    let what: String
    let cadence: CadenceBody
    let note: String?
    let status: String
    let proposedWording: ProposedWording?
    let retirementProposedBy: String?
    let recent: [OccurrenceBody]

    struct ProposedWording: Encodable, Equatable {
        let what: String
        let cadence: CadenceBody
    }

    init(_ action: RepairAction, recentDays: [Day]) {
        id = action.id.description
        areaId = action.area.description
        asker = action.asker.description
        doer = action.doer.description
        what = action.what
        cadence = CadenceBody(action.cadence)
        note = action.note
        status = action.status.code
        proposedWording =
            if case .rewordProposed(let what, let cadence) = action.status {
                ProposedWording(what: what, cadence: CadenceBody(cadence))
            } else {
                nil
            }
        retirementProposedBy = action.retirementProposedBy?.description
        // Days with something recorded, plus the scheduled ones, in the window shown.
        recent = action.shownDays(recentDays).map(OccurrenceBody.init)
    }
}

struct RepairBody: Encodable, Equatable {
    /// What a client shows before the asker responds to a miss: repair, not punishment.
    struct Guidance: Encodable, Equatable {
        let reminder = RepairGuidance.reminder
        let missTemplate = RepairGuidance.missTemplate
        let mismatchTemplate = RepairGuidance.mismatchTemplate
    }

    let seq: Int64
    let today: Day
    let areas: [AreaRepairBody]
    let asked: [ActionBody]
    let askedOfMe: [ActionBody]
    let guidance = Guidance()

    init(seq: Int64, _ view: RepairView) {
        self.seq = seq
        today = view.today
        areas = view.areas.map(AreaRepairBody.init)
        asked = view.asked.map { ActionBody($0, recentDays: view.recentDays) }
        askedOfMe = view.askedOfMe.map { ActionBody($0, recentDays: view.recentDays) }
    }
}

/// The answer to asking for an action: the new state, plus gentle notes on vague wording.
struct ActionRequestAnswer: Encodable, Equatable {
    let repair: RepairBody
    let wordingNotes: [String]
    let example: String
}
