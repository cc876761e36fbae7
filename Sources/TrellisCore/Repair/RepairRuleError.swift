/// Why a repair command is refused. A refusal never produces events.
public struct RepairRuleError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Equatable {
        case notFound(String)
        case notYours(String)
        case conflict(String, String)
        case invalidText(String, field: String?)
        case tooManyActions
    }

    private let code: Code
    private init(_ code: Code) { self.code = code }

    /// The thing does not exist for this member (or must not be revealed).
    public static func notFound(_ what: String) -> Self { Self(.notFound(what)) }
    /// The member exists in the couple but this step belongs to the other partner.
    public static func notYours(_ message: String) -> Self { Self(.notYours(message)) }
    public static func conflict(_ identifier: String, _ message: String) -> Self {
        Self(.conflict(identifier, message))
    }
    public static func invalidText(_ message: String, field: String? = nil) -> Self {
        Self(.invalidText(message, field: field))
    }
    /// A fifth active action in one direction.
    public static let tooManyActions = Self(.tooManyActions)

    public static let fourActionsExplanation = """
        You already have four actions asked of your partner. Four clear actions are enough to see \
        steady change; more blurs the picture. Retire one first, then ask for the new one.
        """

    var category: CoupleRuleError.Category {
        switch code {
        case .notFound: .notFound
        case .notYours, .conflict, .tooManyActions: .conflict
        case .invalidText: .invalid
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
        case .invalidText: "invalid_text"
        case .tooManyActions: "four_actions_already"
        }
    }

    public var field: String? {
        if case .invalidText(_, let field) = code { return field }
        return nil
    }

    public var description: String {
        switch code {
        case .notFound(let what): "There is no such \(what.replacingOccurrences(of: "_", with: " ")) in your couple."
        case .notYours(let message): message
        case .conflict(_, let message): message
        case .invalidText(let message, _): message
        case .tooManyActions: Self.fourActionsExplanation
        }
    }
}
