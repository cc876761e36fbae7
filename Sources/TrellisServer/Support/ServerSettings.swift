import Foundation
import TrellisCore
import TrellisLanguage

/// The knobs of a running server that are not storage: where it is reached, and how long things live.
public struct ServerSettings: Sendable {
    /// The address people use to reach Trellis; invite links are built on it, and cookies are
    /// marked Secure when it is https.
    public var publicURL: String
    /// A session ends this long after it was opened, however much it is used...
    public var sessionLifetime: TimeInterval
    /// ...or once it has gone this long unused.
    public var sessionIdleLimit: TimeInterval
    public var inviteLifetime: TimeInterval
    public var passwordHasher: PasswordHasher
    /// How many couples' folded states stay in memory at most (least recently used go first).
    public var keptCouples: Int
    /// How much one member may write (`WriteLimiter`).
    public var writeLimit: WriteLimit
    /// Over https, ask browsers to put the domain on their HTTPS-only preload list (hard to undo).
    public var hstsPreload: Bool
    /// The open time of a new Transparency Window (ten minutes; shorter only to try it out).
    public var windowSeconds: Int
    /// Addresses of the load balancers in front: a request from one of them is counted against the
    /// client address it appended to `X-Forwarded-For`, not against the balancer's own.
    public var trustedProxies: Set<String> = []
    /// How kept folds learn that another instance over the same PostgreSQL wrote.
    public var freshness: Freshness = .checked
    /// Mail out, when the operator gave an SMTP server; nil sends nothing.
    public var mail: MailSettings?
    /// The language for a visitor whose browser asks for none we speak, and for an account made
    /// without asking (an API sign-up with no `Accept-Language`).
    public var language: Language = .english

    public init(
        publicURL: String,
        sessionLifetime: TimeInterval = 30 * 24 * 3600,
        sessionIdleLimit: TimeInterval = 7 * 24 * 3600,
        inviteLifetime: TimeInterval = 7 * 24 * 3600,
        passwordHasher: PasswordHasher = PasswordHasher(),
        keptCouples: Int = 10_000,
        writeLimit: WriteLimit = WriteLimit(),
        hstsPreload: Bool = false,
        windowSeconds: Int = TransparencyWindow.defaultOpenSeconds
    ) {
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
        self.sessionLifetime = sessionLifetime
        self.sessionIdleLimit = sessionIdleLimit
        self.inviteLifetime = inviteLifetime
        self.passwordHasher = passwordHasher
        self.keptCouples = keptCouples
        self.writeLimit = writeLimit
        self.hstsPreload = hstsPreload
        self.windowSeconds = windowSeconds
    }

    var usesTLS: Bool { publicURL.lowercased().hasPrefix("https://") }
}

/// How an instance's kept folds learn that another instance wrote (PostgreSQL only; SQLite has
/// one writer process and always checks, which costs microseconds there).
public enum Freshness: String, Sendable, CaseIterable {
    /// Every read asks the database where the couple stands: a read sees every write
    /// acknowledged before it, on whatever instance, at the price of one round trip a read.
    case checked
    /// Reads trust the database's announcements: no round trip, but another instance's write
    /// is seen once its announcement arrives (milliseconds). A person's own writes stay in view
    /// only when the balancer keeps them on one instance (sticky sessions).
    case announced
}
