import Foundation
import TrellisCore

/// Reads the bodies written before the format was pinned (Swift's synthesised coding of the
/// payload enums, e.g. `{"repair":{"_0":{"switchSet":{"area":"…","on":false}}}}`), by rewriting
/// them into the pinned form. Those bodies exist in databases made before 2026-11-26 and are read
/// forever; nothing writes them any more.
enum LegacyEventBody {
    /// The pinned JSON object for a legacy body, or nil when `data` is not one.
    static func upcast(_ data: Data) -> Data? {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let outer = single(object)
        else { return nil }
        var (kind, fields) = outer
        if kind == "repair" || kind == "integrity" {
            guard let wrapped = fields["_0"] as? [String: Any], let inner = single(wrapped) else { return nil }
            (kind, fields) = inner
        }
        // The question's kind was a field named `kind`, which the pinned form calls `question`.
        if let question = fields.removeValue(forKey: "kind") { fields["question"] = question }
        if let cadence = fields["cadence"] as? [String: Any] {
            guard let upcast = Self.cadence(cadence) else { return nil }
            fields["cadence"] = upcast
        }
        fields["kind"] = kind
        return try? JSONSerialization.data(withJSONObject: fields)
    }

    /// `{"weekdays":{"_0":[1,4]}}` becomes `{"kind":"weekdays","days":["monday","thursday"]}`.
    private static func cadence(_ object: [String: Any]) -> [String: Any]? {
        guard let pair = single(object) else { return nil }
        var (kind, fields) = pair
        if kind == "weekdays" {
            guard let numbers = fields.removeValue(forKey: "_0") as? [Int] else { return nil }
            let days = numbers.compactMap { Weekday(rawValue: $0)?.code }
            guard days.count == numbers.count else { return nil }
            fields["days"] = days
        }
        fields["kind"] = kind
        return fields
    }

    /// Synthesised coding writes an enum case as an object with one key, the case's name.
    private static func single(_ object: [String: Any]) -> (String, [String: Any])? {
        guard object.count == 1, let (key, value) = object.first, let fields = value as? [String: Any] else {
            return nil
        }
        return (key, fields)
    }
}
