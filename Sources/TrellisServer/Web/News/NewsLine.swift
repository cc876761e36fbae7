import Foundation
import TrellisCore

/// A news item in words, for the one reading it: who did what, and the screen where it happened.
/// The API gives the same sentence, so a native app says the same thing.
struct NewsLine {
    let sentence: String
    /// Where it happened, to open in one tap; nil when there is nowhere more to see.
    let place: String?

    init(_ item: NewsItem, in state: CoupleState) {
        let who =
            (state.members + state.formerMembers).first { $0.id == item.author }?.name ?? Member.formerPartnerName
        func area(_ id: AreaID?) -> String { id.flatMap { state.area($0)?.name } ?? "an area" }
        func action(_ id: ActionID) -> String { "\u{201C}\(state.repair.action(id)?.what ?? "an action")\u{201D}" }
        func words(_ id: ExpectationID) -> String {
            "\u{201C}\(state.expectations.expectation(id)?.latest.words ?? "an expectation")\u{201D}"
        }
        switch item.what {
        case .answered(let id):
            (sentence, place) = ("\(who) answered your question about \(area(id))", RepairScreen.area(id).path)
        case .asked(let id, let kind):
            (sentence, place) = ("\(who) asks about \(area(id)): \(kind.wording)", RepairScreen.area(id).path)
        case .switchTurned(let id, let on):
            (sentence, place) = (
                "\(who)\u{2019}s trust about \(area(id)) is \(on ? "on" : "off") now", RepairScreen.area(id).path
            )
        case .hurtShared(let id):
            (sentence, place) = ("\(who) shared what hurt about \(area(id))", RepairScreen.area(id).path)
        case .actionAsked(let id): (sentence, place) = ("\(who) asked you: \(action(id))", RepairScreen.askedOfMe.path)
        case .actionAccepted(let id): (sentence, place) = ("\(who) agreed to \(action(id))", RepairScreen.asked.path)
        case .reported(let id, let day, let outcome):
            // "Say you noticed" while that is still the reader's to say.
            let record = state.repair.action(id)?.occurrences[day]
            let notice = record?.outcome == .done && record?.acknowledged == nil ? ". Say you noticed?" : ""
            (sentence, place) = (
                outcome == .done
                    ? "\(who) did \(action(id))\(notice)" : "\(who) said honestly that \(action(id)) did not happen",
                RepairScreen.asked.path
            )
        case .reportNoticed(let id, _, let word):
            let said = word.map { ": \u{201C}\($0)\u{201D}" } ?? ""
            (sentence, place) = ("\(who) noticed you did \(action(id))\(said)", RepairScreen.askedOfMe.path)
        case .feedbackGiven:
            (sentence, place) = ("\(who) gave you feedback", Page.integrity().description + "#feedback")
        case .feedbackReflected:
            (sentence, place) = (
                "\(who) named back what they heard in your feedback", Page.integrity().description + "#feedback"
            )
        case .reflectionMarked(let landed):
            (sentence, place) = (
                landed ? "\(who) said \u{201C}yes, that\u{2019}s it\u{201D}" : "\(who) said \u{201C}not quite\u{201D}",
                Page.integrity().description + "#feedback"
            )
        case .appreciation: (sentence, place) = ("\(who) shared an appreciation", Self.sharedWithMe)
        case .slidingDoor: (sentence, place) = ("\(who) shared a sliding-door moment", Self.sharedWithMe)
        case .journalShared: (sentence, place) = ("\(who) shared an evening journal entry", Self.sharedWithMe)
        case .didThis(let id):
            let what = state.safeBehaviours.behaviour(id)?.what ?? "something that helps"
            (sentence, place) = ("\(who) says \u{201C}I did this\u{201D}: \(what)", Page.trust().description)
        case .grant(let id, let step):
            let what = "\u{201C}\(state.grants.grant(id)?.what ?? "trust")\u{201D}"
            let said: String =
                switch step {
                case .offered: "\(who) gave you trust: \(what)"
                case .accepted: "\(who) accepted the trust you gave: \(what)"
                case .declined: "\(who) said not now to \(what)"
                case .used: "\(who) said what they did with \(what)"
                case .honoured: "\(who) said you honoured \(what)"
                case .hurt: "\(who) said \(what) hurt"
                case .withdrawn: "\(who) took back \(what)"
                }
            (sentence, place) = (said, Page.grants().description)
        case .wordsAgreed(let id):
            (sentence, place) = ("\(who) agreed to \(words(id))", Page.expectations().description)
        case .consentWithdrawn(let id):
            (sentence, place) = ("\(who) no longer agrees to \(words(id))", Page.expectations().description)
        case .told(let id):
            (sentence, place) = (
                "\(who) told you something, as promised in \(words(id))", Page.expectations().description
            )
        case .window(let step):
            let said: String =
                switch step {
                case .started: "\(who) opened a Transparency Window for you"
                case .joined: "\(who) joined the Transparency Window"
                case .declined: "\(who) said not now to the Transparency Window"
                case .ended: "\(who) ended the Transparency Window"
                case .reflectionShared: "\(who) shared a reflection on the Transparency Window"
                }
            (sentence, place) = (said, Page.window().description)
        case .rupture(let step):
            let said: String =
                switch step {
                case .shared: "\(who) shared a rupture"
                case .step: "\(who) added a repair step"
                case .feelsRepaired: "\(who) says a rupture feels repaired"
                case .repaired: "A rupture is repaired: you both said so"
                }
            (sentence, place) = (said, Page.ruptures().description)
        case .clinician(let step, let name):
            let said: String =
                switch step {
                case .askedIn: "\(who) asked \(name) in"
                case .consented: "\(who) chose what \(name) may see"
                case .looked: "\(name) looked at your shared work"
                case .noteLeft: "\(name) left a note for you both"
                case .suggested: "\(name) suggested something"
                }
            (sentence, place) = (said, Page.help().description)
        case .joined: (sentence, place) = ("\(who) joined you here", nil)
        case .left: (sentence, place) = ("\(who) left the couple. Everything you shared is still here", nil)
        case .accountClosed:
            (sentence, place) = ("Your former partner closed their account. Everything you shared is still here", nil)
        case .passwordReset:
            (
                sentence, place
            ) = (
                "\(who)'s password was reset. What you kept for them opens only once they give their recovery "
                    + "code; share anything new only if you are sure it is them", nil
            )
        case .hardWeek(let day):
            (sentence, place) = (
                "\(who) told you the week up to \(HumanDay.full(day)) is hard for them", Page.hardDates().description
            )
        case .talk(let step):
            let sentence: String =
                switch step {
                case .proposed: "\(who) proposed a day and a time for your weekly check-in"
                case .agreed: "\(who) agreed to your weekly check-in"
                case .stopped: "\(who) stopped the weekly check-in"
                case .ready: "\(who) wrote their turn of this week\u{2019}s check-in"
                case .opened: "Both turns of your check-in are open"
                case .heard: "\(who) heard your turn"
                case .thanked: "\(who) thanked you for your turn"
                }
            (self.sentence, place) = (sentence, Page.talk().description)
        case .thenAndNow(let id):
            (sentence, place) = (
                "\(who) shared where their trust in you stands in \(area(id)), then and now",
                Page.thenAndNow().description + "#area-\(id)"
            )
        }
    }

    private static let sharedWithMe = Page.integrity().description + "#shared-with-me"
}
