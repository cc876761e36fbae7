import HTTPTypes
import Hummingbird
import NIOCore
import Testing

@testable import TrellisServer

@Suite("Reading one cookie")
struct CookieValueTests {
    static func request(_ cookies: [String]) -> Request {
        var head = HTTPRequest(method: .get, scheme: "http", authority: "trellis.test", path: "/home")
        for cookie in cookies { head.headerFields.append(HTTPField(name: .cookie, value: cookie)) }
        return Request(head: head, body: .init(buffer: ByteBuffer()))
    }

    @Test func aCookieIsFoundByItsWholeNameInAnyHeaderAsHummingbirdFindsIt() {
        let request = Self.request([
            "trellis_session_old=stale; trellis_csrf=a=b", "  other=1;   trellis_session=tok-en_1 ;x",
        ])
        #expect(request.cookie("trellis_session") == "tok-en_1 ")
        #expect(request.cookie("trellis_csrf") == "a=b")
        #expect(request.cookie("trellis_session_old") == "stale")
        #expect(request.cookie("trellis") == nil)
        #expect(Self.request([]).cookie("trellis_session") == nil)
        for name in ["trellis_session", "trellis_csrf", "trellis_session_old", "other", "trellis", "x"] {
            #expect(request.cookie(name) == request.cookies[name]?.value, "\(name)")
        }
    }
}
