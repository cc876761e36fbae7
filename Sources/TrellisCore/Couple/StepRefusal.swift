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
    public static let tooManyActions = conflict(
        "four_actions_already",
        """
        You already have four actions asked of your partner. Four clear actions are enough to see \
        steady change; more blurs the picture. Retire one first, then ask for the new one.
        """)

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
        case .notFound(let what): "There is no such \(what.replacingOccurrences(of: "_", with: " ")) in your couple."
        case .notYours(let message), .conflict(_, let message), .invalid(_, let message): message
        }
    }
}
