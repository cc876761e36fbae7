import Foundation
import TrellisLanguage

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
    /// With `guess`, our script moves it to the browser's own zone when the page loads.
    static func select(id: String, selected: String, guess: Bool = false) -> HTML {
        let known = regions.contains { $0.zones.contains(selected) }
        let extra = known ? .empty : option(selected, selected: selected)
        let groups = regions.map { region -> HTML in
            let options = region.zones.map { option($0, selected: selected) }.joined()
            return #"<optgroup label="\#(regionName(region.region))">\#(options)</optgroup>"#
        }.joined()
        let guessing: HTML = guess ? " data-guess-zone" : .empty
        return #"<select name="timeZone" id="\#(id)"\#(guessing)>\#(extra)\#(groups)</select>"#
    }

    /// "America/New_York" reads as "New York (America)", the region in the reader's language; a
    /// city keeps the name the time zone list gives it.
    private static func option(_ zone: String, selected: String) -> HTML {
        let region = regionName(String(zone.prefix { $0 != "/" }))
        let label = zone.contains("/") ? "\(place(zone)) (\(region))" : zone
        return #"<option value="\#(zone)"\#(zone == selected ? " selected" : "")>\#(label)</option>"#
    }

    /// A region of the time zone list, in the reader's language (one the list adds later keeps
    /// its own name until it has a sentence).
    static func regionName(_ region: String) -> String {
        switch region {
        case "Africa": say("common.zone.africa")
        case "America": say("common.zone.america")
        case "Antarctica": say("common.zone.antarctica")
        case "Arctic": say("common.zone.arctic")
        case "Asia": say("common.zone.asia")
        case "Atlantic": say("common.zone.atlantic")
        case "Australia": say("common.zone.australia")
        case "Europe": say("common.zone.europe")
        case "Indian": say("common.zone.indian")
        case "Pacific": say("common.zone.pacific")
        default: region
        }
    }

    /// The place a zone is named after: "America/Argentina/Buenos_Aires" is "Argentina / Buenos Aires".
    static func place(_ zone: String) -> String {
        guard let slash = zone.firstIndex(of: "/") else { return zone }
        var place = ""
        for character in zone[zone.index(after: slash)...] {
            switch character {
            case "/": place += " / "
            case "_": place += " "
            default: place.append(character)
            }
        }
        return place.isEmpty ? zone : place
    }
}
