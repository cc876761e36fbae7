import Foundation

/// A step with core fears: writing, editing, withdrawing, sharing one, revealing together, answering; new ids come with the command.
public enum FearCommand: Sendable, Equatable {
    case writeFear(id: FearID, area: AreaID, what: String, why: String)
    case editFear(id: FearID, what: String, why: String)
    case withdrawFear(id: FearID)
    /// Shares one of the author's private fears now, on its own.
    case shareFear(id: FearID)
    /// "Share my fears in this area when my partner shares theirs." `partnerFears` are the
    /// partner's private fears in the area as their own record holds them, filled in by whoever
    /// can read it (the core sees one member's record at a time); they open only if the partner
    /// is already ready, in the same append as this readiness.
    case revealTogether(area: AreaID, partnerFears: [CoreFear])
    case answerFear(id: FearID, line: String)
}
