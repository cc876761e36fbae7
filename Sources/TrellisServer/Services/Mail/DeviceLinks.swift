import Foundation
import TrellisCore
import TrellisStore

/// "Email me a link for this device": when guesses by someone who knows the email have paused
/// log-ins from new devices, the owner asks for a link by mail; opened on their new phone, it
/// makes that phone a known device for the account (`KnownDevice`), whose tries are counted apart,
/// so the owner logs in with their password at once. The link opens nothing by itself (no session,
/// no key): it is a device id signed with the account and a time, good for a quarter of an hour.
/// Whoever asks learns nothing of whether an account has the address.
struct DeviceLinks: Sendable {
    static let lifetime: TimeInterval = 15 * 60

    let storage: any AccountStore & Readiness & OutboxStore
    let throttle: LoginThrottle
    let clock: any WallClock
    let security: SecurityLog

    /// Writes the link's mail when an account has `email` and neither the email nor the address
    /// asked too often; otherwise nothing, with the same answer.
    func request(email raw: String, from address: String) async throws {
        let now = clock.now()
        guard
            let account = try await LinkRequest.account(
                "device", email: raw, from: address, storage: storage, throttle: throttle, at: now)
        else { return }
        let device = KnownDevice.new()
        let until = Int(now.addingTimeInterval(Self.lifetime).timeIntervalSince1970)
        let token = [device.id, String(until), account.id.description, signature(device.id, until, account.email)]
            .joined(separator: ".")
        try await storage.enqueue(EmailChecks.mail(.deviceLink, to: account.id, secret: token, at: now))
        security.record(.deviceLinkMailed, account: account.id)
    }

    /// The known-device token a link stands for, and for which email, while it is good.
    func open(_ token: String) async throws -> (device: String, email: String)? {
        let parts = token.split(separator: ".").map(String.init)
        guard token.utf8.count < 300, parts.count == 4, let until = Int(parts[1]),
            Double(until) > clock.now().timeIntervalSince1970, let member = MemberID(parts[2]),
            let account = try await storage.account(id: member),
            SecretToken.constantTimeEqual(parts[3], signature(parts[0], until, account.email))
        else { return nil }
        return (KnownDevice(id: parts[0]).token(for: account.email, signer: storage), account.email)
    }

    private func signature(_ device: String, _ until: Int, _ email: String) -> String {
        SecretToken.base64URL(Array(storage.deviceSignature("device link \(device) until \(until) for \(email)")))
    }
}
