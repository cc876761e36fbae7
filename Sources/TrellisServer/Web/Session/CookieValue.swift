import Hummingbird

extension Request {
    /// The value of the cookie called `name`, read straight from the `Cookie` header(s): what
    /// `cookies[name]?.value` gives, without parsing every cookie and its attributes first (that
    /// was a thirtieth of a page view).
    func cookie(_ name: String) -> String? {
        for header in headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let pair = pair.drop { $0.isWhitespace }
                guard let equals = pair.firstIndex(of: "="), pair[..<equals] == name else { continue }
                return String(pair[pair.index(after: equals)...])
            }
        }
        return nil
    }
}
