import Hummingbird
import TrellisStore

/// Server-rendered pages: every value from a person passes through `escape`, and the shell is the
/// same on every page (viewport for phones, our stylesheet, the account bar).
enum HTMLPage {
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    static func response(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// A whole document around `content`. With an account and a form token, the header offers log-out.
    /// `refresh` loads `to` by itself after that many seconds (no scripts needed); naming the page
    /// keeps a refresh after a refused form post from re-requesting the form's address.
    static func document(
        title: String, content: String, account: Account? = nil, csrf: String? = nil,
        refresh: (after: Int, to: String)? = nil, showsAccountBar: Bool = true
    ) -> String {
        var bar = showsAccountBar ? #"<a href="/login">Log in</a> <a href="/signup">Sign up</a>"# : ""
        if let account, let csrf {
            bar = """
                <span>\(escape(account.name))</span>
                <form method="post" action="/logout" class="inline">\(csrfField(csrf))\
                <button id="logout" class="link">Log out</button></form>
                """
        }
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · Trellis</title>
            <link rel="stylesheet" href="/assets/trellis.css">
            \(refresh.map { #"<meta http-equiv="refresh" content="\#($0.after);url=\#(escape($0.to))">"# } ?? "")
            </head>
            <body>
            <header><a class="brand" href="/">Trellis</a><nav>\(bar)</nav></header>
            <main>
            \(content)
            </main>
            </body>
            </html>
            """
    }

    static func csrfField(_ token: String) -> String {
        #"<input type="hidden" name="csrf" value="\#(escape(token))">"#
    }

    static func errorBanner(_ error: TrellisError?) -> String {
        guard let error else { return "" }
        return #"<p class="error" role="alert">\#(escape(error.message))</p>"#
    }
}

/// The page for a refusal that has no better page to show it on. It is drawn without knowing who
/// is logged in, so its header offers no account links that could be wrong.
struct ErrorPageView {
    let refusal: TrellisError

    var html: String {
        let title = refusal.status == .notFound ? "This page is not here" : "Something is not right"
        return HTMLPage.document(
            title: title,
            content: """
                <h1>\(title)</h1>
                \(HTMLPage.errorBanner(refusal))
                <p><a class="button" href="/home">Back to your home page</a></p>
                """, showsAccountBar: false)
    }
}
