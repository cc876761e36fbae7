import TrellisCore

/// The questions and answers of then and now, as a person reads them.
extension ThenAndNowAnswer.Part {
    var title: String {
        switch self {
        case .predictability: "Predictability"
        case .dependability: "Dependability"
        case .faith: "Faith"
        }
    }

    func question(about partner: String) -> String {
        switch self {
        case .predictability: "Lately, does \(partner) do what they said they would?"
        case .dependability: "When it matters, can you rely on who \(partner) is?"
        case .faith: "Do you believe \(partner) will be there for you, in the time to come?"
        }
    }
}

extension ThenAndNowAnswer.Level {
    var words: String {
        switch self {
        case .notYet: "Not yet"
        case .rarely: "Rarely"
        case .sometimes: "Sometimes"
        case .mostly: "Mostly"
        case .steadily: "Yes, steadily"
        }
    }
}
