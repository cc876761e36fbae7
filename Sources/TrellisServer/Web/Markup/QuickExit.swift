import TrellisLanguage

/// A way out at once, on every page, for someone who must hide that they use Trellis: it goes to
/// an everyday search page and locks this device's session on the way (or, with no lock set,
/// signs this device out), so Back, a reload or a reopened tab shows the lock, not home. With
/// scripts, the page empties first, the lock is asked for (waiting at most a second), and the
/// visit replaces the current entry in the tab's history. Without scripts it is a form that does
/// the same. It cannot clear the browser's history, nor what someone watching already saw.
enum QuickExit {
    /// Somewhere ordinary, the same in every country; sent no referrer (the server forbids it).
    static let destination = "https://www.google.com/search?q=weather"
    /// The destination's origin, which the Content-Security-Policy lets a form go on to.
    static let destinationOrigin = "https://www.google.com"

    /// The way out, as every page's forms are made when it has them (the token is not needed to
    /// leave, but no page holds a form without it).
    static func link(_ forms: Forms?) -> HTML {
        let button: HTML =
            #"<button id="quick-exit" class="quick-exit" data-to="\#(destination)">\#(say("common.quickExit.button"))</button>"#
        return forms?.post(Post.quickExit(), class: "quick-exit-form", button)
            ?? #"<form method="post" action="\#(Post.quickExit())" class="quick-exit-form">\#(button)</form>"#
    }

    /// The script's part: a tap (or pressing Escape three times in a row) leaves at once; a page
    /// brought back from the browser's memory by Back is asked for again, so the lock shows.
    static let script = """
        (function () {
          var exit = document.getElementById("quick-exit");
          window.addEventListener("pageshow", function (event) { if (event.persisted) { location.reload(); } });
          if (!exit) { return; }
          function leave(event) {
            if (event) { event.preventDefault(); }
            var body = new URLSearchParams({ via: "script" });
            document.body.replaceChildren();
            document.title = "";
            var go = function () { location.replace(exit.getAttribute("data-to")); };
            setTimeout(go, 1000);
            fetch("/exit", { method: "POST", body: body, keepalive: true, credentials: "same-origin" })
              .then(go, go);
          }
          exit.addEventListener("click", leave);
          var presses = 0, last = 0;
          document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape") { return; }
            presses = event.timeStamp - last < 1000 ? presses + 1 : 1;
            last = event.timeStamp;
            if (presses >= 3) { leave(event); }
          });
        })();
        """
}
