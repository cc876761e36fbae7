import Foundation
import Logging
import Metrics
import ServiceLifecycle
import TrellisLanguage
import TrellisMail
import TrellisPush
import TrellisStore

/// Sends what waits in the outbox, at least once (by mail, and nudges to devices by Web Push too): claims what is due under a lease (so a sender
/// that dies lets go, and instances over one PostgreSQL never take the same message), sends it,
/// and marks it sent; a transient failure is tried again later, further apart each time, and after
/// the last try, or a final refusal, the message is kept as failed for the operator. A crash
/// between the server's acceptance and the mark sends that one mail again, with the same
/// Message-ID. Runs as a service, stopped in order on SIGTERM.
struct OutboxSender: Service {
    static let pollEvery: Duration = .seconds(2)
    static let lease: TimeInterval = 120
    /// The wait before each try after the first: 1 and 5 minutes, half an hour, 2 and 6 hours.
    static let backoff: [TimeInterval] = [60, 300, 1800, 7200, 21600]

    let storage:
        any AccountStore & OutboxStore & PushSubscriptionStore & EmailCheckStore & NudgeStore & PhonePrivacyStore
            & Readiness
    /// Nil when no mail server is set up: nudges then go to devices only.
    let mail: MailSettings?
    let push: PushSender
    let publicURL: String
    let clock: any WallClock
    var logger = Logger(label: "trellis.outbox")

    func run() async throws {
        try await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await drain()
                // Cancelled at shutdown: the sleep ends early and the loop stops, which is no failure.
                try? await Task.sleep(for: Self.pollEvery)
            }
        }
    }

    /// Sends what is due now; how many were sent.
    @discardableResult
    func drain() async -> Int {
        let now = clock.now()
        guard let due = try? await storage.claimDue(at: now, limit: 10, lease: Self.lease) else { return 0 }
        var sent = 0
        for item in due {
            do {
                guard let kind = OutboxKind(rawValue: item.kind),
                    let account = try await storage.account(id: item.account)
                else {
                    try await storage.markFailed(item.id, error: "no such kind or account", retryAt: nil)
                    continue
                }
                // Said in the recipient's language, whoever's step wrote the item.
                if try await Say.$language.withValue(
                    account.language,
                    operation: { () async throws -> Bool in
                        try await send(item, kind, to: account, at: now)
                    })
                {
                    try await storage.markSent(item.id, at: clock.now())
                    Counter(label: "trellis_outbox_sent_total", dimensions: [("kind", item.kind)]).increment()
                    sent += 1
                }
            } catch {
                await failed(item, error)
            }
        }
        return sent
    }

    /// Sends one message; false when it was not (postponed, or put aside for good, already marked).
    private func send(_ item: OutboxItem, _ kind: OutboxKind, to account: Account, at now: Date) async throws -> Bool {
        var headers: [(name: String, value: String)] = []
        // In discreet mode, the plain name the member chose, as sender and in every line.
        let look = try await storage.phonePrivacy(of: account.id).look
        let app = look?.name ?? "Trellis"
        if let nudge = kind.nudge {
            let choice = try await storage.nudgePreferences(of: account.id)
            guard choice.wants(nudge) else {
                try await storage.markFailed(item.id, error: "not sent: the member turned these off", retryAt: nil)
                return false
            }
            // Only within the member's hours, on their own clock.
            let allowed = choice.nextAllowed(after: now, in: account.settings.zone)
            guard allowed <= now else {
                try await storage.postpone(item.id, until: allowed)
                return false
            }
            let pushed = await pushToDevices(of: account, kind: kind, app: app)
            guard mail != nil, try await storage.isEmailVerified(account.id) else {
                if pushed { return true }
                try await storage.markFailed(
                    item.id, error: "nowhere to send: no proven address, no device", retryAt: nil)
                return false
            }
            headers = Unsubscribe.headers(for: account.id, publicURL: publicURL, signer: storage)
        } else if kind.needsProvenAddress, try await !storage.isEmailVerified(account.id) {
            // Until an address is proven, it gets nothing but the proof.
            try await storage.markFailed(item.id, error: "the address is not confirmed", retryAt: nil)
            return false
        }
        guard let mail else {
            try await storage.markFailed(item.id, error: "no mail server is set up", retryAt: nil)
            return false
        }
        let words = kind.words(secret: item.secret, publicURL: publicURL, app: app)
        let message = MailMessage(
            from: look.map { MailAddress(mail.from.address, name: $0.name) } ?? mail.from,
            to: kind.recipient(secret: item.secret) ?? account.email, subject: words.subject,
            text: words.text, html: words.html, headers: headers, messageID: item.id)
        try await SMTPClient(configuration: mail.smtp).send(message, at: clock.now())
        return true
    }

    /// The nudge to every device of the member that asked for reminders; a subscription its push
    /// service says is gone is forgotten. Whether any device took it.
    private func pushToDevices(of account: Account, kind: OutboxKind, app: String) async -> Bool {
        guard let subscriptions = try? await storage.pushSubscriptions(of: account.id) else { return false }
        var delivered = false
        // The notification's title and text, in the recipient's language (this runs in it).
        let shown = PushedWords(
            title: say("script.reminderTitle"), body: kind.words(secret: nil, publicURL: publicURL, app: app).subject)
        let text = String(decoding: (try? JSONEncoder().encode(shown)) ?? Data(), as: UTF8.self)
        for stored in subscriptions {
            let subscription = PushSubscription(endpoint: stored.endpoint, key: stored.key, auth: stored.auth)
            switch await push.send(text, to: subscription, now: clock.now()) {
            case .delivered:
                delivered = true
                Counter(label: "trellis_push_sent_total", dimensions: [("kind", kind.rawValue)]).increment()
            case .gone:
                _ = try? await storage.deletePushSubscription(stored.id, of: account.id)
            case .failed(_, let reason):
                logger.warning("push not delivered", metadata: ["kind": "\(kind.rawValue)", "reason": "\(reason)"])
            }
        }
        return delivered
    }

    private func failed(_ item: OutboxItem, _ error: any Error) async {
        let transient = (error as? SMTPError)?.isTransient ?? true
        let retry = transient && item.attempts <= Self.backoff.count
        let retryAt = retry ? clock.now().addingTimeInterval(Self.backoff[item.attempts - 1]) : nil
        // The server's words, never the mail's: nothing a person wrote is in either.
        let reason = (error as? SMTPError)?.message ?? "could not send"
        try? await storage.markFailed(item.id, error: reason, retryAt: retryAt)
        let outcome = retry ? "trellis_outbox_retried_total" : "trellis_outbox_failed_total"
        Counter(label: outcome, dimensions: [("kind", item.kind)]).increment()
        logger.warning("mail not sent", metadata: ["kind": "\(item.kind)", "retry": "\(retry)", "reason": "\(reason)"])
    }
}

/// What a reminder's notification shows; the service worker reads it from the push.
private struct PushedWords: Encodable {
    let title: String
    let body: String
}
