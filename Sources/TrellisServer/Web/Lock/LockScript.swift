/// The browser's half of the lock: a page left open shows nothing once the device's lock time
/// passes unused (it asks the server again, which shows the lock), and while someone reads or
/// types, the server is told now and then that they are still here, so a long journal entry is
/// not met by the lock. The server decides either way; this only keeps the screen in step.
enum LockScript {
    static let source = """
        (function () {
          var after = parseInt(document.body.getAttribute("data-lock-after"), 10);
          if (!(after > 0)) { return; }
          var token = document.querySelector("input[name=csrf]");
          var lastUse = Date.now(), lastSaid = Date.now();
          function used() {
            lastUse = Date.now();
            if (token && lastUse - lastSaid > after * 250) {
              lastSaid = lastUse;
              fetch("/still-here", { method: "POST", body: new URLSearchParams({ csrf: token.value }),
                                     credentials: "same-origin" });
            }
          }
          ["keydown", "pointerdown", "input", "scroll"].forEach(function (name) {
            document.addEventListener(name, used, { passive: true, capture: true });
          });
          function check() {
            if (Date.now() - lastUse >= after * 1000) { document.body.replaceChildren(); location.reload(); }
          }
          setInterval(check, 5000);
          document.addEventListener("visibilitychange", function () { if (!document.hidden) { check(); } });
        })();
        """
}
