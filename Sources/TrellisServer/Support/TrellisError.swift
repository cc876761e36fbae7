import HTTPTypes
import TrellisCore
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
    static let notAuthenticated = Self(.unauthorized, "not_authenticated", "Log in to continue.")
    static let sessionExpired = Self(.unauthorized, "session_expired", "Your session has expired. Log in again.")
    /// Says no more than sign-up always has: that some account uses the email.
    static let emailTaken = Self(
        .conflict, "email_taken", "An account with that email already exists. Log in instead.", field: "email")
    /// This device is locked (`DeviceLock`): only its lock, or logging out, answers.
    static let locked = Self(
        HTTPResponse.Status(code: 423, reasonPhrase: "Locked"), "locked",
        "This device is locked. Give your lock code or password to go on.")
    static let wrongCredentials = Self(.unauthorized, "wrong_credentials", "That email and password do not match.")
    static let notFound = Self(.notFound, "not_found", "There is nothing here.")
    static func unsupportedMediaType(_ expected: String) -> Self {
        Self(
            .unsupportedMediaType, "unsupported_media_type", "Send the body as \(expected), and say so in Content-Type."
        )
    }
    static let bodyTooLarge = Self(
        .contentTooLarge, "body_too_large", "The request body is larger than \(RequestLimits.maximumBodyBytes) bytes.")
    static func tooManyWrites(retryAfter seconds: Int) -> Self {
        Self(
            .tooManyRequests, "too_many_writes",
            "That is a lot of changes in a short time. Wait \(seconds) seconds and try again.", retryAfter: seconds)
    }
    static func tooManyReads(retryAfter seconds: Int) -> Self {
        Self(
            .tooManyRequests, "too_many_reads",
            "That is a lot of reading of one couple in a short time. Wait \(seconds) seconds and try again.",
            retryAfter: seconds)
    }
    static func tooManyAttempts(retryAfter seconds: Int) -> Self {
        let minutes = (seconds + 59) / 60
        let wait = seconds < 60 ? "\(max(1, seconds)) seconds" : minutes == 1 ? "a minute" : "\(minutes) minutes"
        return Self(
            .tooManyRequests, "too_many_attempts", "Too many attempts. Wait \(wait) and try again.",
            retryAfter: seconds)
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
        Self(
            .conflict, "stale_sequence",
            "Your couple's record has changed since you last read it (it is now at \(current)). Reload and try again.",
            field: "expectedSeq")
    }
}
