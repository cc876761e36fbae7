/// Markup for a page, safe by construction: a `String` interpolated into `HTML` is escaped, always.
/// Only literals written in this codebase, other `HTML`, and `HTML.raw` (spelled out, never for a
/// person's words) go in as they are. So text typed by a partner can reach a page only as text.
struct HTML: Sendable, Equatable, ExpressibleByStringInterpolation {
    /// The markup, ready to send.
    let rendered: String

    static let empty: HTML = ""

    /// Literals are the codebase's own markup.
    init(stringLiteral literal: String) { rendered = literal }

    init(stringInterpolation: Interpolation) { rendered = stringInterpolation.rendered }

    private init(rendered: String) { self.rendered = rendered }

    /// Markup that is already markup. The name is the warning: never for text from a person.
    static func raw(_ markup: String) -> HTML { HTML(rendered: markup) }

    static func + (lhs: HTML, rhs: HTML) -> HTML { HTML(rendered: lhs.rendered + rhs.rendered) }

    struct Interpolation: StringInterpolationProtocol {
        fileprivate var rendered = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            rendered.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) { rendered += literal }

        mutating func appendInterpolation(_ markup: HTML) { rendered += markup.rendered }

        /// Text: escaped, whatever it holds.
        mutating func appendInterpolation(_ text: String) { rendered += HTML.escape(text) }

        /// Numbers, days and ids print as text, escaped like any other.
        mutating func appendInterpolation(_ value: some CustomStringConvertible) {
            rendered += HTML.escape(value.description)
        }
    }

    /// Text made safe for an element's content and for a quoted attribute value. Byte by byte, as
    /// a browser reads it: a quote followed by a combining mark is one Swift `Character` that is
    /// not `"`, yet the browser still ends the attribute at the quote.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { escaped($0) != nil }) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            if let replacement = escaped(byte) {
                replacement.withUTF8Buffer { bytes += $0 }
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// What an ASCII byte that must not reach a page as itself is written as; nil for any other
    /// (the bytes of a longer UTF-8 sequence are never ASCII).
    private static func escaped(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}

extension Sequence<HTML> {
    func joined(separator: HTML = .empty) -> HTML {
        .raw(map(\.rendered).joined(separator: separator.rendered))
    }
}
