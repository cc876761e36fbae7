import Hummingbird
import TrellisCore

/// The member's own rhythm: time zone, evening hour, and the pause before replying to feedback.
struct SettingsPage {
    let accounts: AccountService

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(Page.settings.route) { request, context in
            let visit = try context.pageVisit()
            let account = try context.caller()
            return visit.page("Settings", Self.form(account.settings, forms: visit.forms, error: nil))
        }
        router.post("/settings") { request, context in
            let visit = try context.pageVisit()
            let form = try await visit.form(request)
            let account = try context.caller()
            let wanted = MemberSettings(
                timeZone: form["timeZone"] ?? "", eveningHour: Int(form["eveningHour"] ?? "") ?? -1,
                pauseSeconds: Int(form["pauseSeconds"] ?? "") ?? -1)
            do {
                _ = try await accounts.update(wanted, for: account)
                return visit.redirect(to: .settings)
            } catch let error as TrellisError {
                return visit.page("Settings", Self.form(wanted, forms: visit.forms, error: error), status: error.status)
            }
        }
    }

    private static func form(_ settings: MemberSettings, forms: Forms, error: TrellisError?) -> HTML {
        let hours = (0...23).map { hour -> HTML in
            #"<option value="\#(hour)"\#(hour == settings.eveningHour ? " selected" : "")>\#(hour):00</option>"#
        }.joined()
        let pause = MemberSettings.pauseRange
        let form = forms.post(
            "/settings",
            """
            <label>Time zone (your days and evening follow it) \
            \(TimeZonePicker.select(id: "time-zone", selected: settings.timeZone))</label>
            <label>Evening prompt after <select name="eveningHour" id="evening-hour">\(hours)</select></label>
            <label>Pause before replying to feedback (seconds, \(pause.lowerBound) to \(pause.upperBound)) \
            <input name="pauseSeconds" id="pause-seconds" type="number" min="\(pause.lowerBound)" \
            max="\(pause.upperBound)" value="\(settings.pauseSeconds)"></label>
            <button id="save-settings">Save</button>
            """)
        return """
            <p><a href="\(Page.home())">← Home</a></p>
            <h1>My settings</h1>
            \(HTMLPage.errorBanner(error))
            \(form)
            """
    }
}
