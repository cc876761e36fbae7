import Hummingbird

/// Our one small script, from our own origin (the Content-Security-Policy allows no other and no
/// inline code). It only enhances: every page and form works the same without it.
enum Script {
    static func register(on router: some RouterMethods<TrellisRequestContext>) {
        StaticAsset.serve("/assets/trellis.js", type: "text/javascript; charset=utf-8", source, on: router)
    }

    static let source = """
        "use strict";
        // Our sentences come with the page, in its reader's language (`ScriptWords`); a counted
        // one takes the form the language's plural rules choose.
        function spoken(name, count) {
          var words = document.body.dataset, lang = document.documentElement.lang;
          if (count === undefined) { return words["say" + name] || ""; }
          var form = "Other";
          try { form = new Intl.PluralRules(lang).select(count); form = form[0].toUpperCase() + form.slice(1); } catch (e) {}
          var sentence = words["say" + name + form] || words["say" + name + "Other"] || "";
          return sentence.replace("{count}", count.toLocaleString(lang));
        }
        \(QuickExit.script)
        \(LockScript.source)
        // A time zone list marked for guessing starts at the browser's own zone.
        document.querySelectorAll("select[data-guess-zone]").forEach(function (select) {
          var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
          if (zone && Array.prototype.some.call(select.options, function (o) { return o.value === zone; })) {
            select.value = zone;
          }
        });
        // A box with a limit says quietly how much room is left once near it, and says so when
        // something pasted did not fit (the browser cuts it at the limit without a sign).
        document.querySelectorAll("input[maxlength], textarea[maxlength]").forEach(function (box) {
          var limit = parseInt(box.getAttribute("maxlength"), 10);
          if (!(limit > 0)) { return; }
          var counter = document.createElement("span");
          counter.className = "room-left note";
          counter.setAttribute("aria-live", "polite");
          box.insertAdjacentElement("afterend", counter);
          var cut = false;
          function show() {
            var left = limit - box.value.length;
            counter.textContent = cut ? spoken("PastedCut") : left <= limit / 10 ? spoken("RoomLeft", left) : "";
          }
          box.addEventListener("paste", function (event) {
            var pasted = (event.clipboardData || window.clipboardData).getData("text") || "";
            var selected = (box.selectionEnd || 0) - (box.selectionStart || 0);
            cut = box.value.length - selected + pasted.length > limit;
            setTimeout(show, 0);
          });
          box.addEventListener("input", function (event) {
            if (event.inputType !== "insertFromPaste") { cut = false; }
            show();
          });
          show();
        });
        // A read-only box to give to someone: a tap selects all of it, and "Copy" copies it.
        document.querySelectorAll("input.copy-source").forEach(function (box) {
          box.addEventListener("focus", function () { box.select(); });
        });
        document.querySelectorAll("button[data-copy]").forEach(function (button) {
          var box = document.getElementById(button.getAttribute("data-copy"));
          if (!box || !navigator.clipboard) { return; }
          var label = button.textContent;
          button.hidden = false;
          button.addEventListener("click", function () {
            navigator.clipboard.writeText(box.value).then(function () {
              button.textContent = spoken("Copied");
              setTimeout(function () { button.textContent = label; }, 2000);
            });
          });
        });
        // Reminders on this device: a push subscription from the browser, posted like any form.
        (function () {
          var button = document.getElementById("push-on");
          if (!button || !("serviceWorker" in navigator) || !("PushManager" in window)) { return; }
          button.hidden = false;
          button.addEventListener("click", function () {
            var key = button.getAttribute("data-key").replace(/-/g, "+").replace(/_/g, "/");
            var raw = atob(key + "===".slice((key.length + 3) % 4));
            var bytes = new Uint8Array(raw.length);
            for (var i = 0; i < raw.length; i++) { bytes[i] = raw.charCodeAt(i); }
            navigator.serviceWorker.register("/sw.js").then(function (registration) {
              return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes });
            }).then(function (subscription) {
              var json = subscription.toJSON(), form = document.getElementById("push-form");
              form.elements.endpoint.value = json.endpoint;
              form.elements.p256dh.value = json.keys.p256dh;
              form.elements.auth.value = json.keys.auth;
              form.submit();
            }).catch(function () { button.textContent = spoken("PushFailed"); });
          });
        })();
        // Of an action's timing fields, only the one that fits "When" is shown.
        document.querySelectorAll("select[name=cadence]").forEach(function (select) {
          function show() {
            select.form.querySelectorAll("[data-for-cadence]").forEach(function (field) {
              field.hidden = field.getAttribute("data-for-cadence") !== select.value;
            });
          }
          select.addEventListener("change", show);
          show();
        });
        // The pause before replying to feedback counts down; at zero that feedback alone is read
        // again, so the reply opens in place and nothing typed elsewhere is lost.
        function countDown(clock) {
          var item = clock.closest("li[id]");
          var timer = setInterval(function () {
            var left = Math.max(0, parseInt(clock.getAttribute("data-seconds"), 10) - 1);
            clock.setAttribute("data-seconds", String(left));
            clock.textContent = String(left);
            if (left > 0) { return; }
            clearInterval(timer);
            fetch(location.pathname, { credentials: "same-origin" }).then(function (answer) {
              return answer.ok ? answer.text() : null;
            }).then(function (html) {
              var next = html && new DOMParser().parseFromString(html, "text/html").getElementById(item.id);
              if (!next) { return; }
              item.replaceWith(next);
              var again = next.querySelector(".pause-countdown");  // a clock a second behind ours
              if (again) { countDown(again); }
            });
          }, 1000);
        }
        document.querySelectorAll(".pause-countdown").forEach(countDown);
        // The Transparency Window follows the couple live: when the socket says the shared record
        // moved, the window's part of the page is read again (and past windows, unless a
        // reflection is being written there). The open-time clock counts down in between; at zero
        // the page asks again, and the server records that the time is up.
        (function () {
          var live = document.getElementById("window-live");
          if (!live) { return; }
          function swap(doc, id) {
            var next = doc.getElementById(id), here = document.getElementById(id);
            if (next && here) { here.replaceWith(next); }
          }
          function refresh() {
            fetch(location.pathname, { credentials: "same-origin" }).then(function (answer) {
              return answer.ok ? answer.text() : null;
            }).then(function (html) {
              if (!html) { return; }
              var doc = new DOMParser().parseFromString(html, "text/html");
              var line = document.getElementById("confirmation");
              if (line) { line.remove(); }  // it spoke of the step before this one
              swap(doc, "window-live");
              var writing = Array.prototype.some.call(document.querySelectorAll("#window-past textarea"),
                function (t) { return t.value.trim() !== ""; });
              if (!writing) { swap(doc, "window-past"); }
            });
          }
          function connect() {
            var socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/live");
            socket.onmessage = refresh;
            socket.onclose = function () { setTimeout(connect, 3000); };
          }
          if (window.WebSocket) { connect(); }
          setInterval(function () {
            var section = document.getElementById("window-live");
            var clock = document.getElementById("remaining");
            if (!section || section.getAttribute("data-phase") !== "open" || !clock) { return; }
            var left = Math.max(0, parseInt(clock.getAttribute("data-seconds"), 10) - 1);
            clock.setAttribute("data-seconds", String(left));
            clock.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
            if (left === 0) { refresh(); }
          }, 1000);
        })();
        """
}
