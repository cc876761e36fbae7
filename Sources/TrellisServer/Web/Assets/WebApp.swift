import Hummingbird
import TrellisCore
import TrellisLanguage

/// Installable as a web app: a manifest, a plain icon, and a service worker of our own that
/// shows a reminder pushed to this device. The reminder says only that something is waiting. In
/// discreet mode (`DiscreetLook`) the manifest and icon are a plain one's, named as the member chose.
enum WebApp {
    static let manifestPath = "/manifest.webmanifest"
    static let iconPath = "/assets/icon.svg"

    /// A discreet look's manifest names the app in the reader's language (a browser fetches a
    /// manifest without cookies, so the language is in its address).
    static func manifestPath(_ look: DiscreetLook?) -> String {
        manifestPath(look, Say.language)
    }

    private static func manifestPath(_ look: DiscreetLook?, _ language: Language) -> String {
        look.map { "/manifest-\($0.rawValue)-\(language.rawValue).webmanifest" } ?? manifestPath
    }

    static func iconPath(_ look: DiscreetLook?) -> String {
        look.map { "/assets/icon-\($0.rawValue).svg" } ?? iconPath
    }
    /// At the root, so it may look after every page (a worker's scope is its own folder).
    static let workerPath = "/sw.js"

    static func register(on router: some RouterMethods<TrellisRequestContext>) {
        StaticAsset.serve(manifestPath, type: "application/manifest+json", manifest, on: router)
        StaticAsset.serve(iconPath, type: "image/svg+xml", icon, on: router)
        StaticAsset.serve(workerPath, type: "text/javascript; charset=utf-8", worker, on: router)
        for look in DiscreetLook.allCases {
            for language in Language.allCases {
                let name = Say.$language.withValue(language) { look.name }
                StaticAsset.serve(
                    manifestPath(look, language), type: "application/manifest+json",
                    manifest(name, icon: iconPath(look)), on: router)
            }
            StaticAsset.serve(iconPath(look), type: "image/svg+xml", icon(look), on: router)
        }
    }

    static let manifest = manifest("Trellis", icon: iconPath, color: "#2f6f6a")

    private static func manifest(_ name: String, icon: String, color: String = "#5f6368") -> String {
        """
        {"name": "\(name)", "short_name": "\(name)", "start_url": "/home", "scope": "/", "display": "standalone",
         "background_color": "#fbf9f6", "theme_color": "\(color)",
         "icons": [{"src": "\(icon)", "sizes": "any", "type": "image/svg+xml"}]}
        """
    }

    /// Plain shapes in grey, like any phone's own notes, lists or weather.
    private static func icon(_ look: DiscreetLook) -> String {
        let shape =
            switch look {
            case .notes:
                ##"<path d="M20 22h24M20 32h24M20 42h14" stroke="#fff" stroke-width="4" stroke-linecap="round"/>"##
            case .lists:
                ##"<path d="M18 22h4M18 32h4M18 42h4M28 22h18M28 32h18M28 42h18" stroke="#fff" stroke-width="4" stroke-linecap="round"/>"##
            case .daily: ##"<circle cx="32" cy="32" r="11" fill="#fff"/>"##
            }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#5f6368"/>\
            \(shape)</svg>
            """
    }

    static let icon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#2f6f6a"/>\
        <path d="M20 46V18M32 46V14M44 46V18M16 26h32M16 38h32" stroke="#fbf9f6" stroke-width="4" stroke-linecap="round"/></svg>
        """

    /// Shows what was pushed (the neutral sentence, under the name the member sees the app by, with
    /// the plainest of titles, both in the member's language as the server sent them), and opens
    /// home when tapped.
    static let worker = """
        "use strict";
        self.addEventListener("push", function (event) {
          var shown = { title: "", body: "" };
          try { shown = event.data.json(); } catch (e) {}
          event.waitUntil(self.registration.showNotification(shown.title || "", { body: shown.body || "", tag: "reminder" }));
        });
        self.addEventListener("notificationclick", function (event) {
          event.notification.close();
          event.waitUntil(self.clients.openWindow("/home"));
        });
        """
}
