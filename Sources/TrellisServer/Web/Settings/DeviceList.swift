import TrellisCore
import TrellisStore

/// The devices signed in as me, each with when it was last used (never where), and a way to log
/// out any of them, or all but this one.
enum DeviceList {
    static func html(
        _ sessions: [SessionRecord], current: String?, today: Day, zone: MemberSettings, limits: ServerSettings,
        forms: Forms, error: TrellisError? = nil
    ) -> HTML {
        let refusal = Refusal(error: error, fields: ["password"])
        let items = sessions.map { session -> HTML in
            let used = HumanDay.inSentence(Day(session.lastUsedAt, in: zone.zone), today: today)
            let action: HTML =
                session.id == current
                ? #"<span class="note">This device, the one you are using now</span>"#
                : forms.post(
                    Post.endDevice(),
                    """
                    \(Forms.hidden("session", session.id))
                    <button class="quiet" id="end-\(session.id)">Log out this one</button>
                    """)
            return """
                <li class="device"><span><strong>\(session.client.isEmpty ? "A device" : session.client)</strong> \
                · last used \(used)</span> \(action)</li>
                """
        }.joined()
        let others =
            sessions.count > 1
            ? forms.post(
                Post.endOtherDevices(),
                """
                <label>Your password (so a device someone took cannot throw you out) <input id="end-others-password" \
                name="password" type="password" autocomplete="current-password" required\(refusal.marks("password"))>\
                \(refusal.note("password"))</label>
                <button class="quiet" id="end-others">Log out everywhere else</button>
                """)
            : .empty
        return """
            <h2 id="devices">Signed in as me</h2>
            <p>A device stays signed in for up to \(days(limits.sessionLifetime)) days, and is logged out after \
            \(days(limits.sessionIdleLimit)) days without use.</p>
            \(refusal.banner)
            <ul class="devices">\(items)</ul>
            \(others)
            """
    }

    private static func days(_ interval: Double) -> Int { Int((interval / 86_400).rounded()) }
}
