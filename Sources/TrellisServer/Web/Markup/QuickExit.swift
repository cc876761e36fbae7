/// A way out at once, on every page, for someone who must hide that they use Trellis: it goes to
/// an everyday search page. With scripts, the page empties first and the visit replaces the
/// current entry in the tab's history, so Back does not bring this page up again (browsers let no
/// page erase the entries before it). Without scripts it is a plain link.
enum QuickExit {
    /// Somewhere ordinary, the same in every country; sent no referrer (the server forbids it).
    static let destination = "https://www.google.com/search?q=weather"

    static var link: HTML {
        #"<a id="quick-exit" class="quick-exit" href="\#(destination)" rel="noreferrer">Quick exit</a>"#
    }

    /// The script's part: a tap (or pressing Escape three times in a row) leaves at once.
    static let script = """
        (function () {
          var exit = document.getElementById("quick-exit");
          if (!exit) { return; }
          function leave(event) {
            if (event) { event.preventDefault(); }
            document.body.replaceChildren();
            document.title = "";
            location.replace(exit.href);
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
