/// Why a step of the rebuilding partner's practices is refused. A refusal never produces events.
public struct IntegrityRuleError: Error, Sendable, Equatable, CustomStringConvertible {
    private enum Code: Equatable {
        case notFound(String)
        case notYours(String)
        case conflict(String, String)
        case invalid(field: String, String)
    }

    private let code: Code
    private init(_ code: Code) { self.code = code }

    public static func notFound(_ what: String) -> Self { Self(.notFound(what)) }
    public static func notYours(_ message: String) -> Self { Self(.notYours(message)) }
    public static func conflict(_ identifier: String, _ message: String) -> Self {
        Self(.conflict(identifier, message))
    }
    public static func invalid(_ field: String, _ message: String) -> Self { Self(.invalid(field: field, message)) }

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
        case .invalid(let field, _): "invalid_\(field)"
        }
    }

    public var field: String? {
        if case .invalid(let field, _) = code { return field }
        return nil
    }

    public var description: String {
        switch code {
        case .notFound(let what): "There is no such \(what.replacingOccurrences(of: "_", with: " ")) for you."
        case .notYours(let message), .conflict(_, let message), .invalid(_, let message): message
        }
    }
}
