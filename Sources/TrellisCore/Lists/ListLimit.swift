/// How many items of each list one view holds: the rest are a cursor away (`Recent`). Chosen to fill
/// a phone's screen a few times over, and to keep every answer small whatever a couple wrote.
public enum ListLimit {
    /// Practice entries (noticings, journal days, sliding doors), mine and shared with me together.
    public static let entries = 30
    /// Feedback, each way.
    public static let feedback = 10
    /// Check-ins on the signs, mine and my partner's shared ones.
    public static let checkIns = 10
    /// My urges.
    public static let urges = 10
    /// Grants looked back on, declined or withdrawn, each way (the open ones all show: at most 20).
    public static let closedGrants = 10
    /// Ruptures repaired (the open ones all show: at most 20 each).
    public static let closedRuptures = 10
    /// Transparency Windows that ended.
    public static let pastWindows = 10
    /// Who looked at the couple's record.
    public static let accessLog = 20
    /// Clinicians' notes to the couple.
    public static let clinicianNotes = 10
    /// Clinicians' suggestions already answered (the open ones all show).
    public static let answeredSuggestions = 10
    /// The times one safe behaviour happened.
    public static let moments = 10
    /// What was told against one promise.
    public static let disclosures = 10
    /// Hurts in one area, mine and my partner's shared ones.
    public static let hurts = 10
    /// Questions asked in one area.
    public static let questions = 10
    /// One switch's settings over time, as the API lists them (the page draws the last weeks).
    public static let flips = 20
    /// Clinicians once asked in and withdrawn, kept for the record.
    public static let withdrawnClinicians = 10
    /// A couple's shared steps as their clinician reads them, one page of a report.
    public static let clientSteps = 100
    /// What waits for me, and what I wait for, on home.
    public static let waitingOnHome = 12
}
