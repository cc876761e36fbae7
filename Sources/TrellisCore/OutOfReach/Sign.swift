import TrellisLanguage

/// The four signs that trust feels out of reach: the hurt partner's nervous system at work. Each
/// comes with a short word on why it happens, so a person checking in learns it is common and
/// not a flaw. Raw values are stored: never change one.
public enum Sign: String, Sendable, Equatable, Codable, CaseIterable, Comparable {
    /// The scan never stops: checking phones, social media, faces.
    case scan
    /// The body remembers: tones, touches and places bring back the shock.
    case body
    /// Good moments feel like traps.
    case traps
    /// The shame layer: being ashamed of having trust issues at all.
    case shame

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

    /// How the sign feels, in the first person.
    public var feeling: String {
        switch self {
        case .scan: say("reach.sign.scan.feeling")
        case .body: say("reach.sign.body.feeling")
        case .traps: say("reach.sign.traps.feeling")
        case .shame: say("reach.sign.shame.feeling")
        }
    }

    /// Why it happens, and that it is common.
    public var why: String {
        switch self {
        case .scan: say("reach.sign.scan.why")
        case .body: say("reach.sign.body.why")
        case .traps: say("reach.sign.traps.why")
        case .shame: say("reach.sign.shame.why")
        }
    }

    /// Words for each level, 0 to 4.
    public static var levels: [String] {
        [
            say("reach.sign.level.notAtAll"), say("reach.sign.level.aLittle"), say("reach.sign.level.sometimes"),
            say("reach.sign.level.often"), say("reach.sign.level.almostAlways"),
        ]
    }

    /// The same words inside a sentence ("Last time: a little."), 0 to 4.
    public static var levelsInSentence: [String] {
        [
            say("reach.sign.levelInSentence.notAtAll"), say("reach.sign.levelInSentence.aLittle"),
            say("reach.sign.levelInSentence.sometimes"), say("reach.sign.levelInSentence.often"),
            say("reach.sign.levelInSentence.almostAlways"),
        ]
    }
}
