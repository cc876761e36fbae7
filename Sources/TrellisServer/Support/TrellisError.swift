import HTTPTypes
import TrellisCore
import TrellisLanguage
import TrellisStore

/// Every refusal the server gives: a status, a stable code, and a sentence a person can act on.
/// Nothing in it ever quotes stored content.
public struct TrellisError: Error, Sendable, Equatable {
    public let status: HTTPResponse.Status
    public let code: String
    public let message: String
    /// The request field at fault, when there is one.
    public let field: String?
    /// Seconds to wait before trying again (rate limiting).
    public let retryAfter: Int?

    init(_ status: HTTPResponse.Status, _ code: String, _ message: String, field: String? = nil, retryAfter: Int? = nil)
    {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
        self.retryAfter = retryAfter
    }

    static func invalid(_ field: String, _ message: String) -> Self {
        Self(.unprocessableContent, StepRefusal.invalidCode(field), message, field: field)
    }
    static func malformed(_ message: String, field: String? = nil) -> Self {
        Self(.badRequest, "malformed_request", message, field: field)
    }
    static var notAuthenticated: Self { Self(.unauthorized, "not_authenticated", say("refusals.notAuthenticated")) }
    static var sessionExpired: Self { Self(.unauthorized, "session_expired", say("refusals.sessionExpired")) }
    /// Says no more than sign-up always has: that some account uses the email.
    static var emailTaken: Self { Self(.conflict, "email_taken", say("refusals.emailTaken"), field: "email") }
    /// This device is locked (`DeviceLock`): only its lock, or logging out, answers.
    static var locked: Self {
        Self(HTTPResponse.Status(code: 423, reasonPhrase: "Locked"), "locked", say("refusals.locked"))
    }
    static var wrongCredentials: Self { Self(.unauthorized, "wrong_credentials", say("refusals.wrongCredentials")) }
    static var notFound: Self { Self(.notFound, "not_found", say("refusals.notFound")) }
    static func unsupportedMediaType(_ expected: String) -> Self {
        Self(.unsupportedMediaType, "unsupported_media_type", say("refusals.unsupportedMediaType", ["type": expected]))
    }
    static var bodyTooLarge: Self {
        Self(
            .contentTooLarge, "body_too_large",
            say("refusals.bodyTooLarge", ["bytes": String(RequestLimits.maximumBodyBytes)]))
    }
    static func tooManyWrites(retryAfter seconds: Int) -> Self {
        Self(.tooManyRequests, "too_many_writes", say("refusals.tooManyWrites", count: seconds), retryAfter: seconds)
    }
    static func tooManyReads(retryAfter seconds: Int) -> Self {
        Self(.tooManyRequests, "too_many_reads", say("refusals.tooManyReads", count: seconds), retryAfter: seconds)
    }
    static func tooManyAttempts(retryAfter seconds: Int) -> Self {
        let minutes = (seconds + 59) / 60
        let message =
            seconds < 60
            ? say("refusals.tooManyAttempts.seconds", count: max(1, seconds))
            : say("refusals.tooManyAttempts.minutes", count: minutes)
        return Self(.tooManyRequests, "too_many_attempts", message, retryAfter: seconds)
    }
}

extension TrellisError {
    /// Maps the core's refusals onto HTTP: not found hides what is not yours, conflicts are 409.
    init(_ rule: CoupleRuleError) {
        let status: HTTPResponse.Status =
            switch rule.category {
            case .notFound: .notFound
            case .conflict: rule.isForbidden ? .forbidden : .conflict
            case .invalid: .unprocessableContent
            }
        self.init(status, rule.identifier, rule.description, field: rule.field)
    }

    static func stale(current: Int64) -> Self {
        Self(.conflict, "stale_sequence", say("refusals.stale", ["seq": String(current)]), field: "expectedSeq")
    }
}
