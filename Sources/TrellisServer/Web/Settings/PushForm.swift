/// "Reminders on this phone": the same neutral sentence as by mail, shown by the phone. Our script
/// asks the browser for a subscription and posts it; without the script, or a browser that cannot,
/// the section says so and offers nothing.
enum PushForm {

    static func html(on: Bool, key: String, forms: Forms) -> HTML {
        let control: HTML =
            on
            ? forms.post(
                Post.push(),
                "\(Forms.hidden("end", "yes"))<button id=\"push-off\" class=\"quiet\">Stop reminders on this device</button>"
            )
            : forms.post(
                Post.push(), id: "push-form",
                """
                \(Forms.hidden("endpoint", ""))\(Forms.hidden("p256dh", ""))\(Forms.hidden("auth", ""))\
                <button id="push-on" type="button" data-key="\(key)" hidden>Send reminders to this device</button>
                """)
        return """
            <h2 id="this-device">Reminders on this device</h2>
            <p class="note">The phone shows the same words: \u{201C}Something is waiting for you in \
            Trellis\u{201D}. \(on ? "This device gets them." : "On some phones, add Trellis to the home screen first.")</p>
            \(control)
            """
    }
}
