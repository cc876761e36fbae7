import Foundation
import TrellisCore
import TrellisLanguage

/// A news item in words, for the one reading it: who did what, and the screen where it happened.
/// The API gives the same sentence, so a native app says the same thing.
struct NewsLine {
    let sentence: String
    /// Where it happened, to open in one tap; nil when there is nowhere more to see.
    let place: String?

    init(_ item: NewsItem, in state: CoupleState) {
        let who =
            (state.members + state.formerMembers).first { $0.id == item.author }?.name ?? Member.formerPartnerName
        func area(_ id: AreaID?) -> String { id.flatMap { state.area($0)?.name } ?? say("home.anArea") }
        func action(_ id: ActionID) -> String {
            say("home.news.quoted", ["words": state.repair.action(id)?.what ?? say("home.news.anAction")])
        }
        func words(_ id: ExpectationID) -> String {
            say(
                "home.news.quoted",
                ["words": state.expectations.expectation(id)?.latest.words ?? say("home.news.anExpectation")])
        }
        switch item.what {
        case .answered(let id):
            (sentence, place) = (
                say("home.news.answered", ["name": who, "area": area(id)]), RepairScreen.area(id).path
            )
        case .asked(let id, let kind):
            (sentence, place) = (
                say("home.news.asked", ["name": who, "area": area(id), "question": kind.wording]),
                RepairScreen.area(id).path
            )
        case .switchTurned(let id, let on):
            (sentence, place) = (
                on
                    ? say("home.news.switchOn", ["name": who, "area": area(id)])
                    : say("home.news.switchOff", ["name": who, "area": area(id)]),
                RepairScreen.area(id).path
            )
        case .hurtShared(let id):
            (sentence, place) = (
                say("home.news.hurtShared", ["name": who, "area": area(id)]), RepairScreen.area(id).path
            )
        case .actionAsked(let id):
            (sentence, place) = (
                say("home.news.actionAsked", ["name": who, "action": action(id)]), RepairScreen.askedOfMe.path
            )
        case .actionAccepted(let id):
            (sentence, place) = (
                say("home.news.actionAccepted", ["name": who, "action": action(id)]), RepairScreen.asked.path
            )
        case .reported(let id, let day, let outcome):
            // "Say you noticed" while that is still the reader's to say.
            let record = state.repair.action(id)?.occurrences[day]
            let notice = record?.outcome == .done && record?.acknowledged == nil
            let said =
                outcome != .done
                ? say("home.news.didNotHappen", ["name": who, "action": action(id)])
                : notice
                    ? say("home.news.didSayNoticed", ["name": who, "action": action(id)])
                    : say("home.news.did", ["name": who, "action": action(id)])
            (sentence, place) = (said, RepairScreen.asked.path)
        case .reportNoticed(let id, _, let word):
            let said =
                word.map { say("home.news.noticedWithWord", ["name": who, "action": action(id), "word": $0]) }
                ?? say("home.news.noticed", ["name": who, "action": action(id)])
            (sentence, place) = (said, RepairScreen.askedOfMe.path)
        case .feedbackGiven:
            (sentence, place) = (
                say("home.news.feedbackGiven", ["name": who]), Page.integrity().description + "#feedback"
            )
        case .feedbackReflected:
            (sentence, place) = (
                say("home.news.feedbackReflected", ["name": who]), Page.integrity().description + "#feedback"
            )
        case .reflectionMarked(let landed):
            (sentence, place) = (
                landed
                    ? say("home.news.reflectionLanded", ["name": who])
                    : say("home.news.reflectionNotQuite", ["name": who]),
                Page.integrity().description + "#feedback"
            )
        case .appreciation: (sentence, place) = (say("home.news.appreciation", ["name": who]), Self.sharedWithMe)
        case .slidingDoor: (sentence, place) = (say("home.news.slidingDoor", ["name": who]), Self.sharedWithMe)
        case .journalShared: (sentence, place) = (say("home.news.journalShared", ["name": who]), Self.sharedWithMe)
        case .didThis(let id):
            let what = state.safeBehaviours.behaviour(id)?.what ?? say("home.news.somethingThatHelps")
            (sentence, place) = (say("home.news.didThis", ["name": who, "what": what]), Page.trust().description)
        case .grant(let id, let step):
            let what = say("home.news.quoted", ["words": state.grants.grant(id)?.what ?? say("home.news.trust")])
            let said: String =
                switch step {
                case .offered: say("home.news.grantOffered", ["name": who, "what": what])
                case .accepted: say("home.news.grantAccepted", ["name": who, "what": what])
                case .declined: say("home.news.grantDeclined", ["name": who, "what": what])
                case .used: say("home.news.grantUsed", ["name": who, "what": what])
                case .honoured: say("home.news.grantHonoured", ["name": who, "what": what])
                case .hurt: say("home.news.grantHurt", ["name": who, "what": what])
                case .withdrawn: say("home.news.grantWithdrawn", ["name": who, "what": what])
                }
            (sentence, place) = (said, Page.grants().description)
        case .wordsAgreed(let id):
            (sentence, place) = (
                say("home.news.wordsAgreed", ["name": who, "words": words(id)]), Page.expectations().description
            )
        case .consentWithdrawn(let id):
            (sentence, place) = (
                say("home.news.consentWithdrawn", ["name": who, "words": words(id)]), Page.expectations().description
            )
        case .told(let id):
            (sentence, place) = (
                say("home.news.told", ["name": who, "words": words(id)]), Page.expectations().description
            )
        case .window(let step):
            let said: String =
                switch step {
                case .started: say("home.news.windowStarted", ["name": who])
                case .joined: say("home.news.windowJoined", ["name": who])
                case .declined: say("home.news.windowDeclined", ["name": who])
                case .ended: say("home.news.windowEnded", ["name": who])
                case .reflectionShared: say("home.news.windowReflection", ["name": who])
                }
            (sentence, place) = (said, Page.window().description)
        case .rupture(let step):
            let said: String =
                switch step {
                case .shared: say("home.news.ruptureShared", ["name": who])
                case .step: say("home.news.ruptureStep", ["name": who])
                case .feelsRepaired: say("home.news.ruptureFeelsRepaired", ["name": who])
                case .repaired: say("home.news.ruptureRepaired")
                }
            (sentence, place) = (said, Page.ruptures().description)
        case .clinician(let step, let stored):
            let name = stored.isEmpty ? say("home.news.yourClinician") : stored
            let said: String =
                switch step {
                case .askedIn: say("home.news.clinicianAskedIn", ["name": who, "clinician": name])
                case .consented: say("home.news.clinicianConsented", ["name": who, "clinician": name])
                case .looked: say("home.news.clinicianLooked", ["clinician": name])
                case .noteLeft: say("home.news.clinicianNote", ["clinician": name])
                case .suggested: say("home.news.clinicianSuggested", ["clinician": name])
                }
            (sentence, place) = (said, Page.help().description)
        case .joined: (sentence, place) = (say("home.news.joined", ["name": who]), nil)
        case .left: (sentence, place) = (say("home.news.left", ["name": who]), nil)
        case .accountClosed: (sentence, place) = (say("home.news.accountClosed"), nil)
        case .passwordReset: (sentence, place) = (say("home.news.passwordReset", ["name": who]), nil)
        case .hardWeek(let day):
            (sentence, place) = (
                say("home.news.hardWeek", ["name": who, "day": HumanDay.full(day)]), Page.hardDates().description
            )
        case .talk(let step):
            let sentence: String =
                switch step {
                case .proposed: say("home.news.talkProposed", ["name": who])
                case .agreed: say("home.news.talkAgreed", ["name": who])
                case .stopped: say("home.news.talkStopped", ["name": who])
                case .ready: say("home.news.talkReady", ["name": who])
                case .opened: say("home.news.talkOpened")
                case .heard: say("home.news.talkHeard", ["name": who])
                case .thanked: say("home.news.talkThanked", ["name": who])
                }
            (self.sentence, place) = (sentence, Page.talk().description)
        case .thenAndNow(let id):
            (sentence, place) = (
                say("home.news.thenAndNow", ["name": who, "area": area(id)]),
                Page.thenAndNow().description + "#area-\(id)"
            )
        }
    }

    private static let sharedWithMe = Page.integrity().description + "#shared-with-me"
}
