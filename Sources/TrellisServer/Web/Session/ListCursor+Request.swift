import Hummingbird
import TrellisCore
import TrellisLanguage

extension ListCursor {
    /// The `earlier` of a page's address: nil for the newest of every list; a link that is not
    /// one of ours is refused in words.
    static func fromPage(_ request: Request) throws -> ListCursor? {
        try request.uri.queryParameters["earlier"].map { text in
            try ListCursor(String(text)).orInvalid("earlier", say("common.paging.notOurs"))
        }
    }
}

extension ListCursor {
    /// The `earlier` of an API address: a malformed one is a bad request (400), like a bad `before`.
    static func fromQuery(_ request: Request) throws -> ListCursor? {
        try request.uri.queryParameters["earlier"].map { text in
            try ListCursor(String(text)).orMalformed(say("common.malformed.earlier"), field: "earlier")
        }
    }
}
