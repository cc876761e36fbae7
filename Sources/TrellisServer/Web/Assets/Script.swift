import Hummingbird

/// Our one small script, from our own origin (the Content-Security-Policy allows no other and no
/// inline code). It only enhances: every page and form works the same without it.
enum Script {
    static func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get("/assets/trellis.js") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = "text/javascript; charset=utf-8"
            headers[.cacheControl] = "public, max-age=3600"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: source)))
        }
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
