import Foundation
import Hummingbird
import TrellisCore
import TrellisLanguage
import TrellisStore

/// A clinician's own profile, the directory, and the guide to which approach fits which situation.
struct CliniciansAPI {
    let clinicians: Clinicians

    func register(in book: inout APIRouteBook) {
        book.read("/me/clinician") { _, context in
            let profile = try await clinicians.profile(of: try context.caller().id).orNotFound()
            return ClinicianProfileBody(profile)
        }
        book.on(.put, "/me/clinician") { request, context in
            let account = try context.caller()
            let body = try await JSONCoding.decode(ClinicianProfileBody.self, from: request)
            return try JSONCoding.response(
                ClinicianProfileBody(try await clinicians.save(try body.profile(), for: account)))
        }
        book.read("/clinicians") { request, context in
            _ = try context.caller()
            let found = try await clinicians.search(try Self.search(request, from: .api))
            return DirectoryBody(clinicians: found.map(DirectoryEntryBody.init))
        }
        book.read("/clinicians/guide") { _, context in
            _ = try context.caller()
            return GuideBody()
        }
    }

    /// Who sends the query: a form sends an empty value for a choice left alone, the API names
    /// only what it chooses (so an empty value there is as wrong as any other unknown name).
    enum Sender { case form, api }

    /// The search the query asks for; a value that is not one of the names answers 400.
    static func search(_ request: Request, from sender: Sender) throws -> ClinicianSearch {
        let query = request.uri.queryParameters
        func choice(_ name: String) -> Substring? {
            query[Substring(name)].flatMap { $0.isEmpty && sender == .form ? nil : $0 }
        }
        func named<Value: RawRepresentable<String> & CaseIterable>(_ name: String, _ type: Value.Type) throws -> Value?
        {
            try choice(name).map { text in
                try Value(rawValue: String(text)).orMalformed(
                    say(
                        "refusals.api.oneOf",
                        ["name": name, "values": Value.allCases.map(\.rawValue).joined(separator: ", ")]),
                    field: name)
            }
        }
        func text(_ name: String, limit: Int) throws -> String? {
            guard let raw = query[Substring(name)] else { return nil }
            guard raw.unicodeScalars.count <= limit else {
                throw TrellisError.malformed(
                    say("refusals.api.atMostCharacters", ["name": name, "limit": String(limit)]), field: name)
            }
            let text = String(raw).trimmingWhitespace()
            return text.isEmpty ? nil : text
        }
        // Checked whatever the setting, so a place too long is refused even when it is not used.
        let place = try text("place", limit: 100)
        let setting: ClinicianSearch.Setting? =
            switch choice("setting") {
            case nil: place.map { .inPerson(place: $0) }
            case "online": .online
            case "inPerson": .inPerson(place: place)
            default: throw TrellisError.malformed(say("refusals.api.setting"), field: "setting")
            }
        return ClinicianSearch(
            situation: try named("situation", Situation.self), approach: try named("approach", Approach.self),
            setting: setting, language: try text("language", limit: 40))
    }
}
