import Foundation
import TrellisCore

/// The screens of repair, each with one job: the overview of areas, one area, what I asked, and
/// what was asked of me. One type gives both the links and the parsing of where to come back to.
enum RepairScreen: Equatable, Sendable {
    case overview
    case area(AreaID)
    case asked
    case askedOfMe

    var path: String {
        switch self {
        case .overview: "/repair"
        case .area(let id): "/repair/areas/\(id)"
        case .asked: "/repair/asked"
        case .askedOfMe: "/repair/asked-of-me"
        }
    }

    /// The screen at `path`, for a form's `back` field; nil for anything else (so no form can send
    /// a person off-site).
    init?(path: String) {
        switch path {
        case "/repair": self = .overview
        case "/repair/asked": self = .asked
        case "/repair/asked-of-me": self = .askedOfMe
        default:
            guard path.hasPrefix("/repair/areas/"), let id = AreaID(String(path.dropFirst("/repair/areas/".count)))
            else { return nil }
            self = .area(id)
        }
    }
}
