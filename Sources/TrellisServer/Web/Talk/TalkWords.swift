import TrellisCore

/// The five parts of a turn, as a person is asked them.
extension Turn.Part {
    var prompt: String {
        switch self {
        case .feel: "What I feel"
        case .appreciate: "What I appreciate"
        case .need: "What I need"
        case .own: "What I own"
        case .struggle: "Where I struggled"
        }
    }
}
