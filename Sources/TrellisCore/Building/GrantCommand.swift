import Foundation

/// A step in giving trust away; new ids come with the command.
public enum GrantCommand: Sendable, Equatable {
    /// The granter lets their partner do what scares them, linked to an area (and, if they like,
    /// one of their shared fears), with the stakes in their words, a size and a review date.
    case offer(id: GrantID, area: AreaID, fear: FearID?, what: String, stakes: String, size: GrantSize, reviewOn: Day?)
    case answer(id: GrantID, accept: Bool)
    case withdraw(id: GrantID)
    /// The grantee says what they did with it.
    case recordUse(id: GrantID, text: String)
    /// The granter says how it went: honoured, or it hurt and why.
    case review(id: GrantID, honoured: Bool, why: String?)
}
