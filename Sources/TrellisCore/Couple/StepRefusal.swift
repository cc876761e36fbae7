import TrellisLanguage

/// Why a step of repair or of the practices is refused. A refusal never produces events.
public struct StepRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Equatable {
        case notFound(String)
        case notYours(String)
        case conflict(String, String)
        case invalid(field: String, String)
    }

    private let code: Code
    private init(_ code: Code) { self.code = code }

    /// The thing does not exist for this member (or must not be revealed).
    public static func notFound(_ what: String) -> Self { Self(.notFound(what)) }
    /// The member is in the couple, but this step belongs to the other partner.
    public static func notYours(_ message: String) -> Self { Self(.notYours(message)) }
    /// The step clashes with the couple's current state.
    public static func conflict(_ identifier: String, _ message: String) -> Self {
        Self(.conflict(identifier, message))
    }
    /// A value the rules do not accept, and the field that carries it.
    public static func invalid(_ field: String, _ message: String) -> Self { Self(.invalid(field: field, message)) }

    /// A fifth active action in one direction.
    public static var tooManyActions: Self { conflict("four_actions_already", say("refusals.step.tooManyActions")) }

    var category: CoupleRuleError.Category {
        switch code {
        case .notFound: .notFound
        case .notYours, .conflict: .conflict
        case .invalid: .invalid
        }
    }

    public var isForbidden: Bool {
        if case .notYours = code { return true }
        return false
    }

    public var identifier: String {
        switch code {
        case .notFound(let what): "\(what)_not_found"
        case .notYours: "not_yours"
        case .conflict(let identifier, _): identifier
        case .invalid(let field, _): Self.invalidCode(field)
        }
    }

    /// The code for a bad value in `field`, which is named as the request names it ("timeZone"):
    /// codes are snake case ("invalid_time_zone").
    public static func invalidCode(_ field: String) -> String {
        field.reduce(into: "invalid_") { code, character in
            if character.isUppercase { code += "_" + character.lowercased() } else { code.append(character) }
        }
    }

    public var field: String? {
        if case .invalid(let field, _) = code { return field }
        return nil
    }

    public var description: String {
        switch code {
        case .notFound(let what): Self.notFoundSentence(what)
        case .notYours(let message), .conflict(_, let message), .invalid(_, let message): message
        }
    }

    /// "There is no such hurt in your couple.": one whole sentence for each thing a step can look
    /// for (the `what` of `notFound`), so a translation can say each its own way.
    private static func notFoundSentence(_ what: String) -> String {
        switch what {
        case "action": say("refusals.step.notFound.action")
        case "answer": say("refusals.step.notFound.answer")
        case "area": say("refusals.step.notFound.area")
        case "check_in": say("refusals.step.notFound.checkIn")
        case "clinician": say("refusals.step.notFound.clinician")
        case "couple": say("refusals.step.notFound.couple")
        case "disclosure": say("refusals.step.notFound.disclosure")
        case "entry": say("refusals.step.notFound.entry")
        case "expectation": say("refusals.step.notFound.expectation")
        case "fear": say("refusals.step.notFound.fear")
        case "feedback": say("refusals.step.notFound.feedback")
        case "grant": say("refusals.step.notFound.grant")
        case "hard_date": say("refusals.step.notFound.hardDate")
        case "hurt": say("refusals.step.notFound.hurt")
        case "journal_entry": say("refusals.step.notFound.journalEntry")
        case "moment": say("refusals.step.notFound.moment")
        case "partner": say("refusals.step.notFound.partner")
        case "question": say("refusals.step.notFound.question")
        case "reflection": say("refusals.step.notFound.reflection")
        case "rupture": say("refusals.step.notFound.rupture")
        case "safe_behaviour": say("refusals.step.notFound.safeBehaviour")
        case "suggestion": say("refusals.step.notFound.suggestion")
        case "turn": say("refusals.step.notFound.turn")
        case "window": say("refusals.step.notFound.window")
        default: say("refusals.step.notFound.other")
        }
    }
}
