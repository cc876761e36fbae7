import Hummingbird
import TrellisCore

extension ListCursor {
    /// The `earlier` of a page's address: nil for the newest of every list; a link that is not
    /// one of ours is refused in words.
    static func fromPage(_ request: Request) throws -> ListCursor? {
        try request.uri.queryParameters["earlier"].map { text in
            try ListCursor(String(text)).orInvalid("earlier", "That link to earlier items is not one of ours.")
        }
    }
}

extension ListCursor {
    /// The `earlier` of an API address: a malformed one is a bad request (400), like a bad `before`.
    static func fromQuery(_ request: Request) throws -> ListCursor? {
        try request.uri.queryParameters["earlier"].map { text in
            try ListCursor(String(text)).orMalformed(
                "'earlier' must be a value an answer gave, such as entries.120.", field: "earlier")
        }
    }
}
