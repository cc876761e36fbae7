import Foundation
import TrellisCore

/// An event's pinned form said in words for the readable export: the kind and field names as
/// plain words ("hurtRecorded" is "Hurt recorded"), days as days, ids of areas and partners as
/// their names, and the event's own id and other ids left out (they mean nothing to a reader; the
/// JSON file keeps them).
enum ExportFields {
    static func words(_ name: String) -> String {
        var words: [String] = []
        var word = ""
        for character in name {
            if character.isUppercase, !word.isEmpty {
                words.append(word)
                word = ""
            }
            word.append(character)
        }
        words.append(word)
        let said = words.map { $0 == "I" ? $0 : $0.lowercased() }.joined(separator: " ")
        return said.prefix(1).uppercased() + said.dropFirst()
    }

    static func readable(_ payload: EventPayload, names: [String: String]) -> [(label: String, value: String)] {
        let fields = fields(of: payload)
        return fields.keys.sorted().compactMap { key in
            guard key != "kind", key != "id", let value = fields[key]?.said(names: names, as: key) else { return nil }
            return (words(key), value)
        }
    }

    /// What each id in these events stands for, as a reader says it: people and areas by name,
    /// and things the events made by their title (see `titles`).
    static func names(_ named: [(id: String, name: String)], in payloads: [EventPayload]) -> [String: String] {
        Dictionary(named.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            .merging(titles(in: payloads)) { name, _ in name }
    }

    /// What each thing an event made is called, by its id ("Show me the statement" for an
    /// action), so later events about it can say so instead of an id.
    static func titles(in payloads: [EventPayload]) -> [String: String] {
        var titles: [String: String] = [:]
        for payload in payloads {
            let fields = fields(of: payload)
            guard case .text(let id) = fields["id"], titles[id] == nil,
                case .text(let title) = fields["what"] ?? fields["name"] ?? fields["question"] ?? fields["words"]
            else { continue }
            titles[id] = title
        }
        return titles
    }

    /// Fields whose values are Trellis's own codes, never words a person wrote: said in words
    /// ("whatHappened" is "What happened?"). Anything else is shown exactly as written.
    private static let coded: Set<String> = [
        "question", "kind", "ending", "outcome", "part", "parts", "size", "suggests", "urge", "days",
    ]

    private static func code(_ text: String) -> String {
        RepairQuestion.Kind(rawValue: text)?.wording ?? words(text)
    }

    private static func fields(of payload: EventPayload) -> [String: Value] {
        guard let data = try? JSONEncoder().encode(payload),
            case .object(let fields) = try? JSONDecoder().decode(Value.self, from: data)
        else { return [:] }
        return fields
    }

    /// Any JSON value, read strictly (a number is never taken for a yes or no).
    private enum Value: Decodable {
        case text(String)
        case number(Double)
        case yesNo(Bool)
        case list([Value])
        case object([String: Value])

        init(from decoder: any Decoder) throws {
            let single = try decoder.singleValueContainer()
            if let yesNo = try? single.decode(Bool.self) {
                self = .yesNo(yesNo)
            } else if let number = try? single.decode(Double.self) {
                self = .number(number)
            } else if let text = try? single.decode(String.self) {
                self = .text(text)
            } else if let list = try? single.decode([Value].self) {
                self = .list(list)
            } else {
                self = .object(try single.decode([String: Value].self))
            }
        }

        /// The value in words; `key` is the field it is under.
        func said(names: [String: String], as key: String) -> String? {
            switch self {
            case .text(let text):
                if UUID(uuidString: text) != nil {
                    names[text.lowercased()]
                } else if ExportFields.coded.contains(key) {
                    ExportFields.code(text)
                } else {
                    Day(iso: text).map(HumanDay.full) ?? text
                }
            case .number(let number): number == number.rounded() ? String(Int(number)) : String(number)
            case .yesNo(let yes): yes ? "yes" : "no"
            case .list(let items):
                Self.joined(items.compactMap { $0.said(names: names, as: key) })
            case .object(let fields):
                Self.joined(
                    fields.keys.sorted().compactMap { key in
                        fields[key]?.said(names: names, as: key).map {
                            key == "kind" ? $0 : "\(words(key).lowercased()) \($0)"
                        }
                    })
            }
        }

        private static func joined(_ items: [String]) -> String? {
            items.isEmpty ? nil : items.joined(separator: ", ")
        }
    }
}
