import TrellisCore
import TrellisLanguage

/// The member's own rhythm: time zone, evening hour, and the pause before replying to feedback.
enum RhythmForm {
    static func html(_ settings: MemberSettings, forms: Forms, error: TrellisError?) -> HTML {
        let hours = (0...23).map { hour -> HTML in
            #"<option value="\#(hour)"\#(hour == settings.eveningHour ? " selected" : "")>\#(hour):00</option>"#
        }.joined()
        let pause = MemberSettings.pauseRange
        let form = forms.post(
            Post.settings(),
            """
            <label>\(say("reach.rhythm.timeZoneField")) \
            \(TimeZonePicker.select(id: "time-zone", selected: settings.timeZone))</label>
            <label>\(say("reach.rhythm.eveningField")) <select name="eveningHour" id="evening-hour">\(hours)</select></label>
            <label>\(say("reach.rhythm.pauseField", ["min": Say.number(pause.lowerBound), "max": Say.number(pause.upperBound)])) \
            <input name="pauseSeconds" id="pause-seconds" type="number" min="\(pause.lowerBound)" \
            max="\(pause.upperBound)" value="\(settings.pauseSeconds)"></label>
            <button id="save-settings">\(say("reach.settings.save"))</button>
            """)
        return """
            \(HTMLPage.errorBanner(error))
            \(form)
            """
    }
}
