import Foundation
import TrellisCore
import TrellisLanguage

/// An event's pinned form said in words for the readable export: the kind and field names as
/// plain words ("hurtRecorded" is "Hurt recorded"), days as days, ids of areas and partners as
/// their names, and the event's own id and other ids left out (they mean nothing to a reader; the
/// JSON file keeps them).
enum ExportFields {
    /// A code in words, in the reader's language: an event's kind, a field's name, or one of
    /// Trellis's own values. A code not listed (one added since) is said from its name.
    static func words(_ name: String) -> String {
        known(name) ?? spelledOut(name)
    }

    /// "hurtRecorded" is "Hurt recorded": the English a new code gets until it has its words.
    private static func spelledOut(_ name: String) -> String {
        var words: [String] = []
        var word = ""
        for character in name {
            if character.isUppercase, !word.isEmpty {
                words.append(word)
                word = ""
            }
            word.append(character)
        }
        words.append(word)
        let said = words.map { $0 == "I" ? $0 : $0.lowercased() }.joined(separator: " ")
        return said.prefix(1).uppercased() + said.dropFirst()
    }

    private static func known(_ name: String) -> String? {
        switch name {
        case "accountClosed": say("home.export.word.accountClosed")
        case "actionAccepted": say("home.export.word.actionAccepted")
        case "actionRequested": say("home.export.word.actionRequested")
        case "areaAdded": say("home.export.word.areaAdded")
        case "areaArchived": say("home.export.word.areaArchived")
        case "areaRenamed": say("home.export.word.areaRenamed")
        case "areaRestored": say("home.export.word.areaRestored")
        case "clinicianConsentGiven": say("home.export.word.clinicianConsentGiven")
        case "clinicianConsentWithdrawn": say("home.export.word.clinicianConsentWithdrawn")
        case "clinicianInvited": say("home.export.word.clinicianInvited")
        case "clinicianNoteLeft": say("home.export.word.clinicianNoteLeft")
        case "clinicianSuggested": say("home.export.word.clinicianSuggested")
        case "clinicianSuggestionAnswered": say("home.export.word.clinicianSuggestionAnswered")
        case "clinicianViewed": say("home.export.word.clinicianViewed")
        case "clockShared": say("home.export.word.clockShared")
        case "coupleStarted": say("home.export.word.coupleStarted")
        case "disclosureMade": say("home.export.word.disclosureMade")
        case "disclosureThanked": say("home.export.word.disclosureThanked")
        case "expectationAgreed": say("home.export.word.expectationAgreed")
        case "expectationConsentWithdrawn": say("home.export.word.expectationConsentWithdrawn")
        case "expectationDeclined": say("home.export.word.expectationDeclined")
        case "expectationProposed": say("home.export.word.expectationProposed")
        case "expectationReworded": say("home.export.word.expectationReworded")
        case "fearAnswered": say("home.export.word.fearAnswered")
        case "fearEdited": say("home.export.word.fearEdited")
        case "fearWithdrawn": say("home.export.word.fearWithdrawn")
        case "fearWritten": say("home.export.word.fearWritten")
        case "fearsReady": say("home.export.word.fearsReady")
        case "feedbackGiven": say("home.export.word.feedbackGiven")
        case "feedbackPaused": say("home.export.word.feedbackPaused")
        case "feedbackReflected": say("home.export.word.feedbackReflected")
        case "grantAnswered": say("home.export.word.grantAnswered")
        case "grantOffered": say("home.export.word.grantOffered")
        case "grantReviewed": say("home.export.word.grantReviewed")
        case "grantUsed": say("home.export.word.grantUsed")
        case "grantWithdrawn": say("home.export.word.grantWithdrawn")
        case "hardDateAdded": say("home.export.word.hardDateAdded")
        case "hardDatePrepared": say("home.export.word.hardDatePrepared")
        case "hardDateRemoved": say("home.export.word.hardDateRemoved")
        case "hardWeekTold": say("home.export.word.hardWeekTold")
        case "hurtRecorded": say("home.export.word.hurtRecorded")
        case "journalEdited": say("home.export.word.journalEdited")
        case "journalWritten": say("home.export.word.journalWritten")
        case "memberLeft": say("home.export.word.memberLeft")
        case "nameChanged": say("home.export.word.nameChanged")
        case "noticed": say("home.export.word.noticed")
        case "occurrenceAcknowledged": say("home.export.word.occurrenceAcknowledged")
        case "occurrenceNote": say("home.export.word.occurrenceNote")
        case "occurrenceNoticed": say("home.export.word.occurrenceNoticed")
        case "occurrenceReported": say("home.export.word.occurrenceReported")
        case "occurrenceWithdrawn": say("home.export.word.occurrenceWithdrawn")
        case "operatorExported": say("home.export.word.operatorExported")
        case "partnerJoined": say("home.export.word.partnerJoined")
        case "passwordReset": say("home.export.word.passwordReset")
        case "questionAnswered": say("home.export.word.questionAnswered")
        case "questionAsked": say("home.export.word.questionAsked")
        case "reflectionMarked": say("home.export.word.reflectionMarked")
        case "repairStepAdded": say("home.export.word.repairStepAdded")
        case "retirementAnswered": say("home.export.word.retirementAnswered")
        case "retirementProposed": say("home.export.word.retirementProposed")
        case "rewordAnswered": say("home.export.word.rewordAnswered")
        case "rewordProposed": say("home.export.word.rewordProposed")
        case "ruptureFeelsRepaired": say("home.export.word.ruptureFeelsRepaired")
        case "ruptureRecorded": say("home.export.word.ruptureRecorded")
        case "safeBehaviourConfirmed": say("home.export.word.safeBehaviourConfirmed")
        case "safeBehaviourHappened": say("home.export.word.safeBehaviourHappened")
        case "safeBehaviourNamed": say("home.export.word.safeBehaviourNamed")
        case "safeBehaviourRetired": say("home.export.word.safeBehaviourRetired")
        case "signsChecked": say("home.export.word.signsChecked")
        case "slidingDoor": say("home.export.word.slidingDoor")
        case "switchSet": say("home.export.word.switchSet")
        case "talkAgreed": say("home.export.word.talkAgreed")
        case "talkProposed": say("home.export.word.talkProposed")
        case "talkStopped": say("home.export.word.talkStopped")
        case "thenAndNowAnswered": say("home.export.word.thenAndNowAnswered")
        case "turnAnswered": say("home.export.word.turnAnswered")
        case "turnOpened": say("home.export.word.turnOpened")
        case "turnReady": say("home.export.word.turnReady")
        case "turnWritten": say("home.export.word.turnWritten")
        case "urgeLogged": say("home.export.word.urgeLogged")
        case "windowDeclined": say("home.export.word.windowDeclined")
        case "windowEnded": say("home.export.word.windowEnded")
        case "windowJoined": say("home.export.word.windowJoined")
        case "windowQuestion": say("home.export.word.windowQuestion")
        case "windowRated": say("home.export.word.windowRated")
        case "windowReady": say("home.export.word.windowReady")
        case "windowReflected": say("home.export.word.windowReflected")
        case "windowStarted": say("home.export.word.windowStarted")
        case "founderName": say("home.export.word.founderName")
        case "name": say("home.export.word.name")
        case "area": say("home.export.word.area")
        case "on": say("home.export.word.on")
        case "what": say("home.export.word.what")
        case "help": say("home.export.word.help")
        case "question": say("home.export.word.question")
        case "answer": say("home.export.word.answer")
        case "doer": say("home.export.word.doer")
        case "cadence": say("home.export.word.cadence")
        case "note": say("home.export.word.note")
        case "since": say("home.export.word.since")
        case "accepted": say("home.export.word.accepted")
        case "retired": say("home.export.word.retired")
        case "action": say("home.export.word.action")
        case "day": say("home.export.word.day")
        case "outcome": say("home.export.word.outcome")
        case "word": say("home.export.word.word")
        case "text": say("home.export.word.text")
        case "toward": say("home.export.word.toward")
        case "to": say("home.export.word.to")
        case "seconds": say("home.export.word.seconds")
        case "landed": say("home.export.word.landed")
        case "line": say("home.export.word.line")
        case "why": say("home.export.word.why")
        case "fear": say("home.export.word.fear")
        case "stakes": say("home.export.word.stakes")
        case "size": say("home.export.word.size")
        case "honoured": say("home.export.word.honoured")
        case "promise": say("home.export.word.promise")
        case "version": say("home.export.word.version")
        case "disclosure": say("home.export.word.disclosure")
        case "rating": say("home.export.word.rating")
        case "ending": say("home.export.word.ending")
        case "levels": say("home.export.word.levels")
        case "urge": say("home.export.word.urge")
        case "acted": say("home.export.word.acted")
        case "trigger": say("home.export.word.trigger")
        case "felt": say("home.export.word.felt")
        case "step": say("home.export.word.step")
        case "part": say("home.export.word.part")
        case "expectation": say("home.export.word.expectation")
        case "repaired": say("home.export.word.repaired")
        case "parts": say("home.export.word.parts")
        case "suggests": say("home.export.word.suggests")
        case "yearly": say("home.export.word.yearly")
        case "ask": say("home.export.word.ask")
        case "timeZone": say("home.export.word.timeZone")
        case "time": say("home.export.word.time")
        case "owner": say("home.export.word.owner")
        case "by": say("home.export.word.by")
        case "days": say("home.export.word.days")
        case "situation": say("home.export.word.situation")
        case "scan": say("home.export.word.scan")
        case "body": say("home.export.word.body")
        case "traps": say("home.export.word.traps")
        case "shame": say("home.export.word.shame")
        case "predictability": say("home.export.word.predictability")
        case "dependability": say("home.export.word.dependability")
        case "faith": say("home.export.word.faith")
        case "feel": say("home.export.word.feel")
        case "appreciate": say("home.export.word.appreciate")
        case "need": say("home.export.word.need")
        case "own": say("home.export.word.own")
        case "struggle": say("home.export.word.struggle")
        case "once": say("home.export.word.once")
        case "daily": say("home.export.word.daily")
        case "weekdays": say("home.export.word.weekdays")
        case "whenever": say("home.export.word.whenever")
        case "timeUp": say("home.export.word.timeUp")
        case "left": say("home.export.word.left")
        case "declined": say("home.export.word.declined")
        case "abandoned": say("home.export.word.abandoned")
        case "done": say("home.export.word.done")
        case "missed": say("home.export.word.missed")
        case "understand": say("home.export.word.understand")
        case "sorry": say("home.export.word.sorry")
        case "next": say("home.export.word.next")
        case "repair": say("home.export.word.repair")
        case "integrity": say("home.export.word.integrity")
        case "expectations": say("home.export.word.expectations")
        case "windows": say("home.export.word.windows")
        case "small": say("home.export.word.small")
        case "medium": say("home.export.word.medium")
        case "large": say("home.export.word.large")
        case "clearAction": say("home.export.word.clearAction")
        case "phone": say("home.export.word.phone")
        case "socialMedia": say("home.export.word.socialMedia")
        case "location": say("home.export.word.location")
        case "other": say("home.export.word.other")
        default: nil
        }
    }

    static func readable(_ payload: EventPayload, names: [String: String]) -> [(label: String, value: String)] {
        let fields = fields(of: payload)
        return fields.keys.sorted().compactMap { key in
            guard key != "kind", key != "id", let value = fields[key]?.said(names: names, as: key) else { return nil }
            return (words(key), value)
        }
    }

    /// What each id in these events stands for, as a reader says it: people and areas by name,
    /// and things the events made by their title (see `titles`).
    static func names(_ named: [(id: String, name: String)], in payloads: [EventPayload]) -> [String: String] {
        Dictionary(named.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            .merging(titles(in: payloads)) { name, _ in name }
    }

    /// What each thing an event made is called, by its id ("Show me the statement" for an
    /// action), so later events about it can say so instead of an id.
    static func titles(in payloads: [EventPayload]) -> [String: String] {
        var titles: [String: String] = [:]
        for payload in payloads {
            let fields = fields(of: payload)
            guard case .text(let id) = fields["id"], titles[id] == nil,
                case .text(let title) = fields["what"] ?? fields["name"] ?? fields["question"] ?? fields["words"]
            else { continue }
            titles[id] = title
        }
        return titles
    }

    /// Fields whose values are Trellis's own codes, never words a person wrote: said in words
    /// ("whatHappened" is "What happened?"). Anything else is shown exactly as written.
    private static let coded: Set<String> = [
        "question", "kind", "ending", "outcome", "part", "parts", "size", "suggests", "urge", "days",
    ]

    private static func code(_ text: String) -> String {
        RepairQuestion.Kind(rawValue: text)?.wording ?? Weekday(name: text)?.spoken ?? words(text)
    }

    private static func fields(of payload: EventPayload) -> [String: Value] {
        guard let data = try? JSONEncoder().encode(payload),
            case .object(let fields) = try? JSONDecoder().decode(Value.self, from: data)
        else { return [:] }
        return fields
    }

    /// Any JSON value, read strictly (a number is never taken for a yes or no).
    private enum Value: Decodable {
        case text(String)
        case number(Double)
        case yesNo(Bool)
        case list([Value])
        case object([String: Value])

        init(from decoder: any Decoder) throws {
            let single = try decoder.singleValueContainer()
            if let yesNo = try? single.decode(Bool.self) {
                self = .yesNo(yesNo)
            } else if let number = try? single.decode(Double.self) {
                self = .number(number)
            } else if let text = try? single.decode(String.self) {
                self = .text(text)
            } else if let list = try? single.decode([Value].self) {
                self = .list(list)
            } else {
                self = .object(try single.decode([String: Value].self))
            }
        }

        /// The value in words; `key` is the field it is under.
        func said(names: [String: String], as key: String) -> String? {
            switch self {
            case .text(let text):
                if UUID(uuidString: text) != nil {
                    names[text.lowercased()]
                } else if ExportFields.coded.contains(key) {
                    ExportFields.code(text)
                } else {
                    Day(iso: text).map(HumanDay.full) ?? text
                }
            case .number(let number): number == number.rounded() ? String(Int(number)) : String(number)
            case .yesNo(let yes): yes ? say("home.export.yes") : say("home.export.no")
            case .list(let items):
                Self.joined(items.compactMap { $0.said(names: names, as: key) })
            case .object(let fields):
                Self.joined(
                    fields.keys.sorted().compactMap { key in
                        fields[key]?.said(names: names, as: key).map {
                            key == "kind" ? $0 : "\(Self.inside(words(key))) \($0)"
                        }
                    })
            }
        }

        /// A field's name inside a value ("days Monday, Thursday"): lower case, but German writes
        /// its nouns with a capital.
        private static func inside(_ name: String) -> String {
            Say.language == .german ? name : name.lowercased()
        }

        private static func joined(_ items: [String]) -> String? {
            items.isEmpty ? nil : items.joined(separator: ", ")
        }
    }
}
