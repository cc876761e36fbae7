import Hummingbird

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
            <p>Is this your new phone, and someone else has been guessing? Get a link by email that lets \
            this device try your password at once.</p>
            \(Forms.hidden("email", email))
            <button id="send-device-link" class="quiet">Email me a link for this device</button>
            """)
    }

    private static let sent: HTML = """
        <h1>Look in your email</h1>
        <p>If an account uses that address, a link is on its way. Open it on this device within a quarter \
        of an hour, then log in with your password.</p>
        <p><a href="/login">Back to log in</a></p>
        """

    private static let known: HTML = """
        <h1>This device is known now</h1>
        <p>Log in with your password: tries from this device are counted apart from anyone else's.</p>
        <p><a class="button" id="log-in-now" href="/login">Log in</a></p>
        """

    private static let expired: HTML = """
        <h1>This link no longer works</h1>
        <p>It was good for a quarter of an hour. Ask for a new one from the log-in page.</p>
        <p><a href="/login">Back to log in</a></p>
        """
}
