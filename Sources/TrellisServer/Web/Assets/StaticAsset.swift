import Hummingbird

/// One of our own files, served from memory at `path` and cached by browsers for an hour.
enum StaticAsset {
    static func serve(
        _ path: String, type: String, _ body: String, on router: some RouterMethods<TrellisRequestContext>
    ) {
        router.get(RouterPath(path)) { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = type
            headers[.cacheControl] = "public, max-age=3600"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
        }
    }
}
