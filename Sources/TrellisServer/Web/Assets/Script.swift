import Hummingbird

/// Our one small script, from our own origin (the Content-Security-Policy allows no other and no
/// inline code). It only enhances: every page and form works the same without it.
enum Script {
    static func register(on router: some RouterMethods<TrellisRequestContext>) {
        StaticAsset.serve("/assets/trellis.js", type: "text/javascript; charset=utf-8", source, on: router)
    }

    static let source = """
        "use strict";
        // A time zone list marked for guessing starts at the browser's own zone.
        document.querySelectorAll("select[data-guess-zone]").forEach(function (select) {
          var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
          if (zone && Array.prototype.some.call(select.options, function (o) { return o.value === zone; })) {
            select.value = zone;
          }
        });
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
        """
}
