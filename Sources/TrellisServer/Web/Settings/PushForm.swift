import TrellisLanguage

/// "Reminders on this phone": the same neutral sentence as by mail, shown by the phone. Our script
/// asks the browser for a subscription and posts it; without the script, or a browser that cannot,
/// the section says so and offers nothing.
enum PushForm {

    static func html(on: Bool, key: String, forms: Forms) -> HTML {
        let control: HTML =
            on
            ? forms.post(
                Post.push(),
                "\(Forms.hidden("end", "yes"))<button id=\"push-off\" class=\"quiet\">\(say("reach.push.offButton"))</button>"
            )
            : forms.post(
                Post.push(), id: "push-form",
                """
                \(Forms.hidden("endpoint", ""))\(Forms.hidden("p256dh", ""))\(Forms.hidden("auth", ""))\
                <button id="push-on" type="button" data-key="\(key)" hidden>\(say("reach.push.onButton"))</button>
                """)
        return """
            <h2 id="this-device">\(say("reach.push.title"))</h2>
            <p class="note">\(say("reach.push.sameWords")) \(on ? say("reach.push.on") : say("reach.push.homeScreenFirst"))</p>
            \(control)
            """
    }
}
