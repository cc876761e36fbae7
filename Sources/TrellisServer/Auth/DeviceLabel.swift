import Hummingbird
import TrellisLanguage

/// How a signed-in device is named in the member's list: the browser and the system from its
/// User-Agent ("Firefox on Android"), or "App". Never an address or a place, and nothing more of
/// the User-Agent than these two words, so the list cannot become a way to track someone.
enum DeviceLabel {
    static func browser(_ request: Request) -> String { describe(request.headers[.userAgent], kind: nil) }
    static func app(_ request: Request) -> String {
        describe(request.headers[.userAgent], kind: say("refusals.device.app"))
    }

    static func describe(_ userAgent: String?, kind: String?) -> String {
        let agent = userAgent ?? ""
        let name = kind ?? browsers.first { agent.contains($0.marker) }?.name ?? say("refusals.device.aBrowser")
        guard let system = systems.first(where: { agent.contains($0.marker) })?.name else { return name }
        return say("refusals.device.onSystem", ["browser": name, "system": system])
    }

    /// Checked in order: Edge and Opera also say "Chrome", and Chrome also says "Safari".
    private static let browsers: [(marker: String, name: String)] = [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("Firefox/", "Firefox"), ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"),
        ("SamsungBrowser/", "Samsung Internet"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ]
    /// Computed: "a Mac" is said in the reader's language, as the sentence around it needs it.
    private static var systems: [(marker: String, name: String)] {
        [
            ("Android", "Android"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Windows", "Windows"),
            ("Mac OS X", say("refusals.device.aMac")), ("CrOS", "ChromeOS"), ("Linux", "Linux"),
        ]
    }
}
