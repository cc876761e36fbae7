import Foundation

/// Every Transparency Window the couple has had, oldest first; at most one is live at a time.
public struct WindowsState: Sendable, Equatable, Codable {
    public internal(set) var windows: [TransparencyWindow] = []

    public init() {}

    public func window(_ id: WindowID) -> TransparencyWindow? { windows.first { $0.id == id } }
    public var live: TransparencyWindow? { windows.last { $0.isLive } }

    mutating func apply(
        _ event: WindowEvent, by author: MemberID, at time: Date, visibility: Visibility, partner: MemberID?
    ) {
        if case .started(let id, let seconds) = event, let partner {
            windows.append(TransparencyWindow(id: id, asker: author, partner: partner, openSeconds: seconds, at: time))
        }
        guard let index = windows.firstIndex(where: { $0.id == event.window }) else { return }
        windows[index].apply(event, by: author, at: time, visibility: visibility)
    }
}
