import TrellisLanguage

/// The areas every couple starts with; they can rename or archive any of them and add their own.
/// Named in the language of the partner who starts the couple: from then on they are the couple's
/// own names, stored as written.
public enum DefaultAreas {
    public static var names: [String] {
        [
            say("refusals.defaultAreas.honesty"),
            say("refusals.defaultAreas.money"),
            say("refusals.defaultAreas.phoneAndPrivacy"),
            say("refusals.defaultAreas.socialMedia"),
            say("refusals.defaultAreas.friendships"),
            say("refusals.defaultAreas.reliability"),
            say("refusals.defaultAreas.recovery"),
        ]
    }
}
