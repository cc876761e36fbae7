import Foundation

/// How much is at stake in a grant, in the granter's own sense of it. Trust grows by stakes: a
/// small one honoured makes a bigger one easier.
public enum GrantSize: String, Sendable, Equatable, Codable, CaseIterable, Comparable {
    case small, medium, large

    public static func < (a: Self, b: Self) -> Bool { allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)! }

    /// The next step up, if there is one.
    public var bigger: GrantSize? {
        let index = Self.allCases.firstIndex(of: self)! + 1
        return index < Self.allCases.count ? Self.allCases[index] : nil
    }
}

/// Trust given before it is earned: the granter lets the grantee do something that scares them,
/// now that the grantee knows why. Shared with both from the start; no points, ever.
public struct TrustGrant: Sendable, Equatable, Codable {
    public enum Status: Sendable, Equatable, Codable {
        case offered, accepted, declined, withdrawn
    }

    public let id: GrantID
    public let granter: MemberID
    public let grantee: MemberID
    public let area: AreaID
    /// The granter's shared fear this answers, if any.
    public let fear: FearID?
    /// What the grantee may now do, in the granter's words.
    public let what: String
    /// What is at stake for the granter, in their words.
    public let stakes: String
    public let size: GrantSize
    public let reviewOn: Day?
    public internal(set) var status: Status = .offered
    /// The grantee's account of what they did with it.
    public internal(set) var used: String?
    /// The granter's word on how it went: honoured, or it hurt (and why).
    public internal(set) var honoured: Bool?
    public internal(set) var hurt: String?

    /// Offered, or accepted and not yet looked back on: it still asks something of someone.
    public var isOpen: Bool { status == .offered || (status == .accepted && honoured == nil) }
}

/// Every grant of trust in the couple, as both partners see them (grants are never private).
public struct GrantsState: Sendable, Equatable, Codable {
    public static let maximumOpen = 20
    public static let maximumLength = 2000

    public internal(set) var grants: [TrustGrant] = []

    public init() {}

    public func grant(_ id: GrantID) -> TrustGrant? { grants.first { $0.id == id } }

    /// In this area and direction, the largest grant the granter has called honoured.
    public func largestHonoured(by granter: MemberID, in area: AreaID) -> GrantSize? {
        grants.filter { $0.granter == granter && $0.area == area && $0.honoured == true }.map(\.size).max()
    }

    mutating func apply(_ event: GrantEvent, by author: MemberID, grantee: MemberID?) {
        switch event {
        case .offered(let id, let area, let fear, let what, let stakes, let size, let reviewOn):
            guard let grantee else { return }
            grants.append(
                TrustGrant(
                    id: id, granter: author, grantee: grantee, area: area, fear: fear, what: what, stakes: stakes,
                    size: size, reviewOn: reviewOn))
        case .answered(let id, let accepted): update(id) { $0.status = accepted ? .accepted : .declined }
        case .withdrawn(let id): update(id) { $0.status = .withdrawn }
        case .used(let id, let text): update(id) { $0.used = text }
        case .reviewed(let id, let honoured, let why):
            update(id) {
                $0.honoured = honoured
                $0.hurt = why
            }
        }
    }

    private mutating func update(_ id: GrantID, _ change: (inout TrustGrant) -> Void) {
        guard let index = grants.firstIndex(where: { $0.id == id }) else { return }
        change(&grants[index])
    }
}
