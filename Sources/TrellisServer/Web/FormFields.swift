import Foundation
import Hummingbird
import NIOCore
import TrellisCore
import TrellisLanguage

/// The fields of an `application/x-www-form-urlencoded` body.
struct FormFields: Sendable {
    private let values: [String: [String]]

    /// The first value sent under `name`.
    subscript(name: String) -> String? { values[name]?.first }

    /// Every value sent under `name` (checkbox groups).
    func all(_ name: String) -> [String] { values[name] ?? [] }

    func require(_ name: String) throws -> String {
        guard let value = self[name] else {
            throw TrellisError.malformed(say("common.malformed.missingField", ["field": name]))
        }
        return value
    }

    /// An optional day from a date input (empty means none), e.g. a review day.
    func day(_ name: String) throws -> Day? {
        guard let text = self[name], !text.isEmpty else { return nil }
        return try Day(iso: text).orInvalid(name, say("common.forms.chooseDay"))
    }

    /// An optional area from a select whose first choice is "none" (an empty value).
    func area(_ name: String) throws -> AreaID? {
        guard let text = self[name], !text.isEmpty else { return nil }
        return try AreaID(text).orInvalid(name, say("common.forms.chooseArea"))
    }

    /// The posted form; a body in any other encoding is refused unread (415).
    static func parse(_ request: Request) async throws -> FormFields {
        let buffer = try await RequestLimits.body(of: request)
        let form = "application/x-www-form-urlencoded"
        guard buffer.readableBytes == 0 || RequestLimits.mediaType(of: request) == form else {
            throw TrellisError.unsupportedMediaType(form)
        }
        return FormFields(encoded: String(buffer: buffer))
    }

    init(encoded body: String) {
        var values: [String: [String]] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            values[Self.decode(parts[0]), default: []].append(parts.count > 1 ? Self.decode(parts[1]) : "")
        }
        self.values = values
    }

    /// Browsers send a textarea's line breaks as CRLF; they are kept as plain newlines.
    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return (spaced.removingPercentEncoding ?? spaced)
            .replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
