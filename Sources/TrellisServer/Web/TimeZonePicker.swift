import Foundation

/// The time zone as a choice from the system's list, grouped by region, never free text: a typo
/// would move every "today" and the evening prompt by hours.
enum TimeZonePicker {
    /// Every zone the system knows, by region ("America" -> ["America/New_York", ...]), computed once.
    static let regions: [(region: String, zones: [String])] = {
        let grouped = Dictionary(grouping: TimeZone.knownTimeZoneIdentifiers.filter { $0.contains("/") }) {
            String($0.prefix { $0 != "/" })
        }
        return grouped.keys.sorted().map { ($0, grouped[$0]!.sorted()) }
    }()

    /// A `<select name="timeZone">` with `selected` chosen (and offered even if the list lacks it).
    static func select(id: String, selected: String) -> HTML {
        let known = regions.contains { $0.zones.contains(selected) }
        let extra = known ? .empty : option(selected, selected: selected)
        let groups = regions.map { region -> HTML in
            let options = region.zones.map { option($0, selected: selected) }.joined()
            return #"<optgroup label="\#(region.region)">\#(options)</optgroup>"#
        }.joined()
        return #"<select name="timeZone" id="\#(id)">\#(extra)\#(groups)</select>"#
    }

    /// "America/New_York" reads as "New York (America)".
    private static func option(_ zone: String, selected: String) -> HTML {
        let place = zone.split(separator: "/").dropFirst().joined(separator: " / ").replacingOccurrences(
            of: "_", with: " ")
        let region = zone.prefix { $0 != "/" }
        let label = place.isEmpty ? zone : "\(place) (\(region))"
        return #"<option value="\#(zone)"\#(zone == selected ? " selected" : "")>\#(label)</option>"#
    }
}
