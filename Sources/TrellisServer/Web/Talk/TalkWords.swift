import TrellisCore
import TrellisLanguage

/// The five parts of a turn, as a person is asked them.
extension Turn.Part {
    var prompt: String {
        switch self {
        case .feel: say("recent.talk.part.feel")
        case .appreciate: say("recent.talk.part.appreciate")
        case .need: say("recent.talk.part.need")
        case .own: say("recent.talk.part.own")
        case .struggle: say("recent.talk.part.struggle")
        }
    }
}
