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
        case .scan: "I keep watching for signs that something is wrong"
        case .body: "My body reacts before I can think"
        case .traps: "Good moments feel like a trap"
        case .shame: "I feel ashamed of not being able to trust"
        }
    }

    /// Why it happens, and that it is common.
    public var why: String {
        switch self {
        case .scan:
            "After a betrayal the mind keeps looking for danger to protect you. Checking brings relief for a "
                + "moment, then the need returns. Almost everyone who was hurt this way knows it."
        case .body:
            "A tone, a touch or a place can bring the shock back before any thought does. That is memory "
                + "held in the body, not a choice, and it softens with safe time."
        case .traps:
            "When closeness was once followed by hurt, a good moment can feel like the calm before the next "
                + "one. It is a guard, and a very common one while trust is rebuilt."
        case .shame:
            "Many hurt partners feel ashamed of their own doubts. The doubts are a wound from what happened, "
                + "not a flaw in you."
        }
    }

    /// Words for each level, 0 to 4.
    public static let levels = ["Not at all", "A little", "Sometimes", "Often", "Almost all the time"]
}
