import TrellisCore
import TrellisLanguage

/// The questions and answers of then and now, as a person reads them.
extension ThenAndNowAnswer.Part {
    var title: String {
        switch self {
        case .predictability: say("recent.thenAndNow.part.predictability")
        case .dependability: say("recent.thenAndNow.part.dependability")
        case .faith: say("recent.thenAndNow.part.faith")
        }
    }

    func question(about partner: String) -> String {
        switch self {
        case .predictability: say("recent.thenAndNow.question.predictability", ["name": partner])
        case .dependability: say("recent.thenAndNow.question.dependability", ["name": partner])
        case .faith: say("recent.thenAndNow.question.faith", ["name": partner])
        }
    }
}

extension ThenAndNowAnswer.Level {
    var words: String {
        switch self {
        case .notYet: say("recent.thenAndNow.level.notYet")
        case .rarely: say("recent.thenAndNow.level.rarely")
        case .sometimes: say("recent.thenAndNow.level.sometimes")
        case .mostly: say("recent.thenAndNow.level.mostly")
        case .steadily: say("recent.thenAndNow.level.steadily")
        }
    }
}
