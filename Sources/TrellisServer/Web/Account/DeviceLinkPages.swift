import Hummingbird
import TrellisLanguage

/// "Email me a link for this device" (`DeviceLinks`): offered on the log-in page when log-ins from
/// new devices are paused; the same answer whatever the address; the link, opened on the device,
/// makes it a known one and sends the owner back to log in with their password.
struct DeviceLinkPages {
    static let route = "/login/device-link"

    /// Nil when this Trellis sends no mail.
    let links: DeviceLinks?

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.post(Post.deviceLink) { _, request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            try await links?.request(email: form["email"] ?? "", from: context.remoteAddress)
            // A redirect, so a reload asks nothing again; the same one whatever the address.
            return visit.redirect(to: Self.route + "?sent=1")
        }
        router.get(RouterPath(Self.route)) { _, context in
            try context.pageVisit().page(Self.sent)
        }
        router.get("/login/device/{token}") { _, context in
            let visit = try context.pageVisit()
            guard let opened = try await links?.open(try context.parameters.require("token")) else {
                return visit.page(Self.expired, status: .gone)
            }
            return visit.knowing(device: opened.device, visit.page(Self.known))
        }
    }

    /// Under the refusal of a paused log-in, when mail is set up.
    static func offer(_ forms: Forms, email: String) -> HTML {
        forms.post(
            Post.deviceLink(), id: "device-link",
            """
            <p>\(say("common.deviceLink.offer"))</p>
            \(Forms.hidden("email", email))
            <button id="send-device-link" class="quiet">\(say("common.deviceLink.send"))</button>
            """)
    }

    private static var sent: HTML {
        """
        <h1>\(say("common.mail.lookTitle"))</h1>
        <p>\(say("common.deviceLink.sent"))</p>
        <p><a href="/login">\(say("common.nav.backToLogIn"))</a></p>
        """
    }

    private static var known: HTML {
        """
        <h1>\(say("common.deviceLink.knownTitle"))</h1>
        <p>\(say("common.deviceLink.known"))</p>
        <p><a class="button" id="log-in-now" href="/login">\(say("common.account.logIn"))</a></p>
        """
    }

    private static var expired: HTML {
        """
        <h1>\(say("common.link.goneTitle"))</h1>
        <p>\(say("common.deviceLink.expired"))</p>
        <p><a href="/login">\(say("common.nav.backToLogIn"))</a></p>
        """
    }
}
