import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage

/// The address one form posts to, written once (every one is named in `Post`): the router
/// registers its step at `route`, a page posts to `action(target)`, and the step reads its target
/// back typed from the path. A form and its step cannot disagree on where it is or what it names.
struct FormAction<Target: PathTarget>: Sendable {
    /// With `{name}` for each part of the target, in order ("/repair/areas/{areaId}/switch").
    let pattern: String
    /// Where the address leads when it is opened as a page (a reload, the back button); nil where
    /// a page of its own answers there (a confirmation, the sign-up page).
    let page: Page?

    init(_ pattern: String, page: Page?) {
        self.pattern = pattern
        self.page = page
    }

    var route: RouterPath { RouterPath(pattern) }

    /// Where the form for `target` posts.
    func callAsFunction(_ target: Target) -> PostAddress {
        var values = target.pathValues.makeIterator()
        var path = ""
        var rest = Substring(pattern)
        // Each `{name}` in turn gives way to the next value; the rest is copied as it is.
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            path += rest[..<open]
            path += values.next() ?? ""
            rest = rest[rest.index(after: close)...]
        }
        return PostAddress(path: path + rest)
    }

    /// The target a request's path names. A malformed id answers 404, like an unknown one.
    func target(in parameters: Parameters) throws -> Target {
        let names = pattern.split(separator: "/").filter { $0.hasPrefix("{") }.map { $0.dropFirst().dropLast() }
        return try Target(pathValues: names.map { try parameters.require(String($0)) })
    }
}

extension FormAction where Target == NoTarget {
    func callAsFunction() -> PostAddress { self(NoTarget()) }
}

/// Where one form posts, made only by a `FormAction`. In `HTML` it interpolates as its path.
struct PostAddress: Sendable, Hashable, CustomStringConvertible {
    let path: String
    var description: String { path }
}

/// What a form's path names: one value for each `{…}` of its pattern, in order.
protocol PathTarget: Sendable {
    var pathValues: [String] { get }
    init(pathValues: [String]) throws
}

/// A form whose path names nothing ("/signs/check").
struct NoTarget: PathTarget {
    var pathValues: [String] { [] }
    init() {}
    init(pathValues: [String]) {}
}

extension Identifier: PathTarget {
    var pathValues: [String] { [description] }
    init(pathValues: [String]) throws { self = try Identifier(pathValues.first ?? "").orNotFound() }
}

/// A link's token (a reset, a proof of address, an unsubscribe): opaque, checked by its step.
struct LinkToken: PathTarget {
    let text: String
    var pathValues: [String] { [text] }
    init(_ text: String) { self.text = text }
    init(pathValues: [String]) { text = pathValues.first ?? "" }
}

/// One day of a clear action ("/repair/actions/{actionId}/occurrences/{day}/done").
struct ActionOnDay: PathTarget {
    let action: ActionID
    let day: Day
    var pathValues: [String] { [action.description, day.description] }
    init(_ action: ActionID, _ day: Day) { (self.action, self.day) = (action, day) }
    init(pathValues: [String]) throws {
        action = try ActionID(pathValues: Array(pathValues.prefix(1)))
        day = try Day(iso: pathValues.last ?? "").orMalformed(say("common.malformed.day"), field: "day")
    }
}

extension RouterMethods {
    /// Registers `handle` for posts to `action`, with the target its path names, and sends a GET
    /// of the address to the page the form lives on.
    func post<Target>(
        _ action: FormAction<Target>,
        use handle: @escaping @Sendable (Target, Request, Context) async throws -> Response
    ) {
        post(action.route) { request, context in
            try await handle(try action.target(in: context.parameters), request, context)
        }
        if let page = action.page {
            get(action.route) { _, _ in Response.redirect(to: page.description, type: .normal) }
        }
    }
}
