/// The areas every couple starts with; they can rename or archive any of them and add their own.
public enum DefaultAreas {
    public static let names = [
        "Honesty",
        "Money",
        "Phone and privacy",
        "Social media",
        "Friendships",
        "Reliability",
        "Recovery",
    ]
}
