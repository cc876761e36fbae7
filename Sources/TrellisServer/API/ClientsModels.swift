import Foundation
import TrellisCore

struct ClinicianNoteRequest: Decodable, Sendable { let text: String }

struct ClientsBody: Encodable, Equatable { let clients: [ClientBody] }

/// A couple as its clinician sees it in a list: the partners' names, and what is open until when.
struct ClientBody: Encodable, Equatable {
    struct Partner: Encodable, Equatable {
        let id: String
        let name: String
    }

    let coupleId: String
    let partners: [String]
    /// The partners with their ids, to name who would do a suggested clear action.
    let members: [Partner]
    let parts: [String]
    let until: String

    init(_ client: ClinicianReads.Client) {
        coupleId = client.couple.description
        partners = client.state.members.map(\.name)
        members = client.state.members.map { Partner(id: $0.id.description, name: $0.name) }
        parts = HelpScope.ordered(client.access.parts).map(\.rawValue)
        until = client.access.until.description
    }
}

/// One read: the couple, the shared events of the open parts, and this clinician's own notes and
/// suggestions (with what the couple answered). Each list is its newest part, oldest first within
/// it; its `…Earlier` pages back as `earlier`.
struct ClientReadBody: Encodable, Equatable {
    let client: ClientBody
    let notes: [ClientNotesBody.Note]
    let notesEarlier: String?
    let suggestions: [SuggestionBody]
    let suggestionsEarlier: String?
    let events: [EventRecord]
    let eventsEarlier: String?

    init(_ read: ClinicianReads.Read, for clinician: MemberID, earlier: ListCursor?) {
        client = ClientBody(read.client)
        let notes = ClientNotesBody(read.client.state, by: clinician, earlier: earlier)
        (self.notes, notesEarlier) = (notes.notes, notes.notesEarlier)
        let suggestions = ClientSuggestionsBody(read.client.state, by: clinician, earlier: earlier)
        (self.suggestions, suggestionsEarlier) = (suggestions.suggestions, suggestions.suggestionsEarlier)
        events = read.events.items.reversed().map(EventRecord.init)
        eventsEarlier = read.events.earlier?.description
    }
}

/// Only the clinician's own suggestions: another clinician's stay between them and the couple.
struct ClientSuggestionsBody: Encodable, Equatable {
    let suggestions: [SuggestionBody]
    let suggestionsEarlier: String?

    init(_ state: CoupleState, by clinician: MemberID, earlier: ListCursor? = nil) {
        let recent = state.help.recentSuggestions(by: clinician, before: earlier)
        suggestions = recent.items.reversed().map(SuggestionBody.init)
        suggestionsEarlier = recent.earlier?.description
    }
}

/// Only the clinician's own notes: another clinician's stay between them and the couple.
struct ClientNotesBody: Encodable, Equatable {
    struct Note: Encodable, Equatable {
        let id: String
        let text: String
        let at: Date
    }

    let notes: [Note]
    let notesEarlier: String?

    init(_ state: CoupleState, by clinician: MemberID, earlier: ListCursor? = nil) {
        let recent = state.help.recentNotes(by: clinician, before: earlier)
        notes = recent.items.reversed().map { Note(id: $0.id.description, text: $0.text, at: $0.at) }
        notesEarlier = recent.earlier?.description
    }
}
