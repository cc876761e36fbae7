import Hummingbird
import TrellisCore
import TrellisLanguage

/// The shell of every server-rendered page: viewport for phones, our stylesheet, the account bar.
enum HTMLPage {
    static func response(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(
            status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: page.rendered)))
    }

    /// A whole document around `content`. With a member's name and forms, the header offers log-out.
    /// Every tab says only "Trellis" (or in discreet mode the plain name the member chose), whatever
    /// the page: a glance at a phone tells no more. No page reloads by itself while someone uses it
    /// (that would lose what is being typed): our script updates in place. With `lockAfter`, the
    /// script hides the page once the device's lock time passes unused, as the server then would.
    static func document(
        content: HTML, member: String? = nil, forms: Forms? = nil, showsAccountBar: Bool = true,
        look: DiscreetLook? = nil, lockAfter: Int? = nil
    ) -> HTML {
        let logIn: HTML = #"<a href="\#(Page.logIn())">\#(say("common.account.logIn"))</a>"#
        let signUp: HTML = #"<a href="\#(Page.signUp())">\#(say("common.account.signUp"))</a>"#
        var bar: HTML = showsAccountBar ? "\(logIn) \(signUp)" : .empty
        if let member, let forms {
            let logOut: HTML = #"<button id="logout" class="link">\#(say("common.account.logOut"))</button>"#
            bar = """
                <span>\(member)</span>
                \(forms.post(Post.logOut(), class: "inline", logOut))
                """
        }
        let name = look?.name ?? "Trellis"
        return """
            <!doctype html>
            <html lang="\(Say.language.tag)" dir="\(Say.language.direction)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(name)</title>
            <link rel="stylesheet" href="/assets/trellis.css">
            <link rel="manifest" href="\(WebApp.manifestPath(look))">
            <link rel="icon" href="\(WebApp.iconPath(look))" type="image/svg+xml">
            <script src="/assets/trellis.js" defer></script>
            </head>
            <body\(lockAfter.map { #" data-lock-after="\#($0)""# as HTML } ?? .empty)\(ScriptWords.attributes)>
            <header><a class="brand" href="\(Page.welcome)">\(name)</a><nav>\(bar)\(QuickExit.link(forms))</nav></header>
            <main>
            \(content)
            </main>
            </body>
            </html>
            """
    }

    static func errorBanner(_ error: TrellisError?) -> HTML {
        guard let error else { return .empty }
        return #"<p class="error" role="alert">\#(error.message)</p>"#
    }
}

/// The page for a refusal that has no better page to show it on. It is drawn without knowing who
/// is logged in, so its header offers no account links that could be wrong.
struct ErrorPageView {
    let refusal: TrellisError

    var html: HTML {
        let title = refusal.status == .notFound ? say("common.errorPage.notHere") : say("common.errorPage.notRight")
        return HTMLPage.document(
            content: """
                <h1>\(title)</h1>
                \(HTMLPage.errorBanner(refusal))
                <p><a class="button" href="\(Page.home())">\(say("common.nav.backHome"))</a></p>
                """, showsAccountBar: false)
    }
}
