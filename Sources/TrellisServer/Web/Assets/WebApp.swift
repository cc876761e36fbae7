import Hummingbird

/// Installable as a web app: a manifest, a plain icon, and a service worker of our own that
/// shows a reminder pushed to this device. The reminder says only that something is waiting.
enum WebApp {
    static let manifestPath = "/manifest.webmanifest"
    static let iconPath = "/assets/icon.svg"
    /// At the root, so it may look after every page (a worker's scope is its own folder).
    static let workerPath = "/sw.js"

    static func register(on router: some RouterMethods<TrellisRequestContext>) {
        StaticAsset.serve(manifestPath, type: "application/manifest+json", manifest, on: router)
        StaticAsset.serve(iconPath, type: "image/svg+xml", icon, on: router)
        StaticAsset.serve(workerPath, type: "text/javascript; charset=utf-8", worker, on: router)
    }

    static let manifest = """
        {"name": "Trellis", "short_name": "Trellis", "start_url": "/home", "scope": "/", "display": "standalone",
         "background_color": "#fbf9f6", "theme_color": "#2f6f6a",
         "icons": [{"src": "\(iconPath)", "sizes": "any", "type": "image/svg+xml"}]}
        """

    static let icon = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#2f6f6a"/>\
        <path d="M20 46V18M32 46V14M44 46V18M16 26h32M16 38h32" stroke="#fbf9f6" stroke-width="4" stroke-linecap="round"/></svg>
        """

    /// Shows what was pushed (the neutral sentence), and opens home when tapped.
    static let worker = """
        "use strict";
        self.addEventListener("push", function (event) {
          var text = "Something is waiting for you in Trellis";
          try { if (event.data && event.data.text()) { text = event.data.text(); } } catch (e) {}
          event.waitUntil(self.registration.showNotification("Trellis", { body: text, tag: "trellis" }));
        });
        self.addEventListener("notificationclick", function (event) {
          event.notification.close();
          event.waitUntil(self.clients.openWindow("/home"));
        });
        """
}
