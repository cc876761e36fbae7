import TrellisCore
import TrellisLanguage
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
                ? "<span class=\"note\">\(say("reach.devices.thisOne"))</span>"
                : forms.post(
                    Post.endDevice(),
                    """
                    \(Forms.hidden("session", session.id))
                    <button class="quiet" id="end-\(session.id)">\(say("reach.devices.logOutButton"))</button>
                    """)
            let device: HTML =
                "<strong>\(session.client.isEmpty ? say("reach.devices.unnamed") : session.client)</strong>"
            return """
                <li class="device"><span>\(HTML.say("reach.devices.lastUsed", ["device": device, "day": "\(used)"]))</span> \
                \(action)</li>
                """
        }.joined()
        let others =
            sessions.count > 1
            ? forms.post(
                Post.endOtherDevices(),
                """
                <label>\(say("reach.devices.passwordField")) <input id="end-others-password" \
                name="password" type="password" autocomplete="current-password" required\(refusal.marks("password"))>\
                \(refusal.note("password"))</label>
                <button class="quiet" id="end-others">\(say("reach.devices.logOutOthers"))</button>
                """)
            : .empty
        return """
            <h2 id="devices">\(say("reach.devices.title"))</h2>
            <p>\(say("reach.devices.lifetime", ["lifetime": days(limits.sessionLifetime), "idle": days(limits.sessionIdleLimit)]))</p>
            \(refusal.banner)
            <ul class="devices">\(items)</ul>
            \(others)
            """
    }

    private static func days(_ interval: Double) -> String { Say.number(Int((interval / 86_400).rounded())) }
}
