import TrellisLanguage

/// Why the couple's rules refuse a command. A refusal never produces events.
public struct CoupleRuleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// How a caller should treat the refusal, whatever its exact reason.
    public enum Category: Sendable, Equatable {
        /// The thing asked about is not there for this person (or must not be revealed).
        case notFound
        /// The request is well-formed but clashes with the couple's current state.
        case conflict
        /// The request carries a value the rules do not accept.
        case invalid
    }

    private enum Code: Equatable {
        case notStarted, alreadyStarted, notAMember, alreadyAMember
        case coupleFull, coupleClosed
        case unknownArea, areaArchived, areaNotArchived, duplicateAreaName
        case invalidAreaName(String)
        case step(StepRefusal)
    }

    private let code: Code
    private init(_ code: Code) { self.code = code }

    public static let notStarted = Self(.notStarted)
    public static let alreadyStarted = Self(.alreadyStarted)
    public static let notAMember = Self(.notAMember)
    public static let alreadyAMember = Self(.alreadyAMember)
    public static let coupleFull = Self(.coupleFull)
    public static let coupleClosed = Self(.coupleClosed)
    public static let unknownArea = Self(.unknownArea)
    public static let areaArchived = Self(.areaArchived)
    public static let areaNotArchived = Self(.areaNotArchived)
    public static let duplicateAreaName = Self(.duplicateAreaName)
    public static func invalidAreaName(_ reason: String) -> Self { Self(.invalidAreaName(reason)) }
    /// A refused step of repair or of the practices.
    public static func step(_ refusal: StepRefusal) -> Self { Self(.step(refusal)) }

    /// True when the step belongs to the other partner (an HTTP 403 rather than a conflict).
    public var isForbidden: Bool {
        if case .step(let refusal) = code { return refusal.isForbidden }
        return false
    }

    /// The request field at fault, when there is one.
    public var field: String? {
        switch code {
        case .invalidAreaName, .duplicateAreaName: "name"
        case .step(let refusal): refusal.field
        default: nil
        }
    }

    public var category: Category {
        switch code {
        case .notStarted, .notAMember, .unknownArea: .notFound
        case .alreadyStarted, .alreadyAMember, .coupleFull, .coupleClosed, .areaArchived, .areaNotArchived:
            .conflict
        case .duplicateAreaName, .invalidAreaName: .invalid
        case .step(let refusal): refusal.category
        }
    }

    /// A stable, machine-readable name for the reason.
    public var identifier: String {
        switch code {
        case .notStarted, .notAMember: "couple_not_found"
        case .alreadyStarted: "couple_already_started"
        case .alreadyAMember: "already_a_member"
        case .coupleFull: "couple_full"
        case .coupleClosed: "couple_closed"
        case .unknownArea: "area_not_found"
        case .areaArchived: "area_archived"
        case .areaNotArchived: "area_not_archived"
        case .duplicateAreaName: "duplicate_area_name"
        case .invalidAreaName: "invalid_area_name"
        case .step(let refusal): refusal.identifier
        }
    }

    /// What went wrong, in words a person can act on.
    public var description: String {
        switch code {
        case .notStarted, .notAMember: say("refusals.couple.notFound")
        case .alreadyStarted: say("refusals.couple.alreadyStarted")
        case .alreadyAMember: say("refusals.couple.alreadyAMember")
        case .coupleFull: say("refusals.couple.full")
        case .coupleClosed: say("refusals.couple.closed")
        case .unknownArea: say("refusals.couple.unknownArea")
        case .areaArchived: say("refusals.couple.areaArchived")
        case .areaNotArchived: say("refusals.couple.areaNotArchived")
        case .duplicateAreaName: say("refusals.couple.duplicateAreaName")
        case .invalidAreaName(let reason): reason
        case .step(let refusal): refusal.description
        }
    }
}
