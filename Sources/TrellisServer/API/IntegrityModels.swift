import Foundation
import TrellisCore
import TrellisLanguage

struct SettingsBody: Codable, Equatable, Sendable {
    let timeZone: String?
    let eveningHour: Int?
    let pauseSeconds: Int?
    /// The language everything sent to the member is in: en, de or es.
    let language: String?

    init(_ settings: MemberSettings, language: Language) {
        timeZone = settings.timeZone
        eveningHour = settings.eveningHour
        pauseSeconds = settings.pauseSeconds
        self.language = language.rawValue
    }

    /// The member's settings with the fields this body names changed.
    func applied(to settings: MemberSettings) -> MemberSettings {
        MemberSettings(
            timeZone: timeZone ?? settings.timeZone, eveningHour: eveningHour ?? settings.eveningHour,
            pauseSeconds: pauseSeconds ?? settings.pauseSeconds)
    }
}

struct EntryBody: Encodable, Equatable {
    let id: String
    let kind: String
    let author: String
    let day: Day
    let text: String
    let areaId: String?
    let visibility: String

    init(_ entry: PracticeEntry) {
        id = entry.id.description
        switch entry.kind {
        case .noticing: kind = "noticing"
        case .journal: kind = "journal"
        case .slidingDoor(let toward): kind = toward ? "turnedToward" : "turnedAway"
        }
        author = entry.author.description
        day = entry.day
        text = entry.text
        areaId = entry.area?.description
        visibility = entry.visibility.rawValue
    }
}

struct FeedbackBody: Encodable, Equatable {
    let id: String
    let giver: String
    let receiver: String
    let text: String
    let givenAt: Date
    /// Known to the receiver only; when their reply box opens.
    let replyOpensAt: Date?
    let reflection: String?
    let landed: Bool?
    let clarification: String?
    let earlierReflections: [String]

    init(_ feedback: Feedback) {
        id = feedback.id.description
        giver = feedback.giver.description
        receiver = feedback.receiver.description
        text = feedback.text
        givenAt = feedback.givenAt
        replyOpensAt = feedback.replyOpensAt
        reflection = feedback.reflection
        landed = feedback.landed
        clarification = feedback.clarification
        earlierReflections = feedback.earlierReflections
    }
}

struct IntegrityBody: Encodable, Equatable {
    let seq: Int64
    let today: Day
    let myActions: [ActionBody]
    let myEntries: [EntryBody]
    let sharedWithMe: [EntryBody]
    /// Pass as `earlier` for the entries before these; absent when these reach the oldest.
    let entriesEarlier: String?
    let olderBefore: Day?
    let journalDaysThisMonth: [Day]
    let hasJournalToday: Bool
    let feedbackToMe: [FeedbackBody]
    let feedbackToMeEarlier: String?
    let feedbackFromMe: [FeedbackBody]
    let feedbackFromMeEarlier: String?
    let reflectionPrompt = IntegrityGuidance.reflectionPrompt

    init(seq: Int64, _ view: IntegrityView) {
        self.seq = seq
        today = view.today
        myActions = view.myActions.map { ActionBody($0, recentDays: view.today.lastDays(RepairView.recentDayCount)) }
        myEntries = view.myEntries.map(EntryBody.init)
        sharedWithMe = view.sharedWithMe.map(EntryBody.init)
        entriesEarlier = view.earlierEntries?.description
        olderBefore = view.olderBefore
        journalDaysThisMonth = view.journalDaysThisMonth
        hasJournalToday = view.hasJournalToday
        feedbackToMe = view.feedbackToMe.items.map(FeedbackBody.init)
        feedbackToMeEarlier = view.feedbackToMe.earlier?.description
        feedbackFromMe = view.feedbackFromMe.items.map(FeedbackBody.init)
        feedbackFromMeEarlier = view.feedbackFromMe.earlier?.description
    }
}
