/// Where one list of a view goes on: the list's name and the place, in the viewer's own record,
/// of the oldest item shown. A person's record only grows (an item is added at the end or changed
/// where it stands), so a place means the same item on every later read.
public struct ListCursor: Hashable, Sendable, LosslessStringConvertible {
    public let list: String
    public let position: Int

    public init(list: String, position: Int) {
        self.list = list
        self.position = position
    }

    /// "entries.120": what a link or an API client passes back as `earlier`. The list's name is
    /// a letter then letters, digits and dashes (up to 81), the place up to nine digits, as
    /// openapi.yaml's `Earlier` parameter says.
    public init?(_ text: String) {
        guard let dot = text.lastIndex(of: ".") else { return nil }
        let list = text[..<dot]
        let digits = text[text.index(after: dot)...]
        guard let first = list.first, first.isASCII, first.isLetter, list.count <= 81,
            list.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
            (1...9).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let position = Int(digits)
        else { return nil }
        self.init(list: String(list), position: position)
    }

    public var description: String { "\(list).\(position)" }
}

/// The newest items of one list, newest first, at most a named limit of them, and where the earlier
/// ones go on. What a view holds, and what reading it costs, stays the same however much was written.
public struct Recent<Element: Sendable>: Sendable {
    public let items: [Element]
    /// Nil when `items` reach the oldest.
    public let earlier: ListCursor?

    public init(items: [Element], earlier: ListCursor?) {
        self.items = items
        self.earlier = earlier
    }
}

extension Recent: Equatable where Element: Equatable {}

extension Array where Element: Sendable {
    /// The newest `limit` elements that `include` keeps, walking back from the end (or from just
    /// before `cursor`, when it names this list); it reads no further back than it must.
    public func recent(
        _ limit: Int, list: String, before cursor: ListCursor? = nil, where include: (Element) -> Bool = { _ in true }
    ) -> Recent<Element> {
        var end = count
        if let cursor, cursor.list == list { end = Swift.min(Swift.max(cursor.position, 0), count) }
        var items: [Element] = []
        var index = end - 1
        while index >= 0 {
            if include(self[index]) {
                if items.count == limit {
                    return Recent(items: items, earlier: ListCursor(list: list, position: index + 1))
                }
                items.append(self[index])
            }
            index -= 1
        }
        return Recent(items: items, earlier: nil)
    }

    /// For a list whose open items a rule keeps few (grants, ruptures): every open one first, each
    /// time the list starts, then the newest closed ones, `limit` at a time.
    public func openThenRecent(
        _ limit: Int, list: String, before cursor: ListCursor? = nil, where include: (Element) -> Bool,
        isOpen: (Element) -> Bool
    ) -> Recent<Element> {
        let pagingThis = cursor?.list == list
        let open = pagingThis ? [] : reversed().filter { include($0) && isOpen($0) }
        let closed = recent(limit, list: list, before: cursor, where: { include($0) && !isOpen($0) })
        return Recent(items: open + closed.items, earlier: closed.earlier)
    }
}
