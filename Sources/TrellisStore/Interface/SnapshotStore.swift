import Foundation
import TrellisCore

/// A couple's state as one viewer sees it, folded up to a position in the couple's log.
public struct KeptFold: Sendable, Equatable {
    /// The log's position (every stream counted) this state has folded up to.
    public var position: Int64
    public var state: CoupleState

    public init(position: Int64, state: CoupleState) {
        self.position = position
        self.state = state
    }
}

/// Durable snapshots of folded states: a cache that makes a cold load read the snapshot and the
/// tail after it instead of the whole log. Deleting every snapshot loses nothing.
public protocol SnapshotStore: Sendable {
    /// The newest snapshot of `viewer`'s state, or nil when there is none, it was made by another
    /// version of the fold (`CoupleState.foldVersion`), or it cannot be read.
    func snapshot(of couple: CoupleID, for viewer: MemberID) async throws -> KeptFold?
    /// Keeps `fold` unless a newer snapshot is already stored. Sealed under the viewer's own key,
    /// since it holds their private entries.
    func saveSnapshot(_ fold: KeptFold, of couple: CoupleID, for viewer: MemberID) async throws
}
