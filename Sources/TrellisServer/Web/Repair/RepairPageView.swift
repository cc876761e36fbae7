import Foundation
import TrellisCore
import TrellisLanguage

/// Repairing trust, one screen per job (see `RepairScreen`): the areas at a glance, one area with
/// its switches, hurts and questions, and the clear actions each way with four weeks at a glance.
/// No scores, no streaks.
struct RepairPageView: CoupleScreenView {
    let screen: CoupleScreen
    let view: RepairView
    /// Which of the repair screens this is.
    let place: RepairScreen
    var wordingNotes: [String] = []
    var calendarURL: String? = nil

    var title: String {
        switch place {
        case .overview: say("repair.title.overview")
        case .area(let id): view.areas.first { $0.area.id == id }?.area.name ?? say("repair.title.anArea")
        case .asked: say("repair.title.asked")
        case .askedOfMe: say("repair.title.askedOfMe")
        }
    }

    var html: HTML {
        let body: HTML
        switch place {
        case .overview: body = overview
        case .area(let id): body = view.areas.first { $0.area.id == id }.map(areaSection) ?? .empty
        case .asked: body = askedScreen
        case .askedOfMe: body = askedOfMeScreen
        }
        let top =
            place == .overview
            ? header("\(title)")
            : header("\(title)", back: #"<a href="\#(Page.repair(.overview))">← \#(say("repair.title.overview"))</a>"#)
        return top + body
    }

    private var askedScreen: HTML {
        let items = view.asked.map { action($0, mine: true) }
        return """
            \(wordingSection)
            <p class="note">\(say("repair.asked.fourAtMost"))</p>
            \(requestForm)
            <ul id="asked" class="actions">\(items.joined())</ul>
            \(items.isEmpty ? #"<p class="note">\#(say("repair.asked.nothingYet"))</p>"# : .empty)
            """
    }

    private var askedOfMeScreen: HTML {
        let items = view.askedOfMe.map { action($0, mine: false) }
        return """
            <ul id="asked-of-me" class="actions">\(items.joined())</ul>
            \(items.isEmpty ? "<p class=\"note\">\(say("repair.askedOfMe.nothingYet", ["name": partner]))</p>" as HTML : .empty)
            <p class="note">\(say("repair.askedOfMe.missIsHonesty"))</p>
            \(calendarSection)
            """
    }

    private var wordingSection: HTML {
        guard !wordingNotes.isEmpty else { return .empty }
        return """
            <div class="wording"><p>\(say("repair.wording.intro"))</p>
            <ul class="wording-notes">\(wordingNotes.map { "<li>\($0)</li>" as HTML }.joined())</ul>
            <p>\(HTML.say("repair.wording.example", ["example": "<em>\(VagueWording.example)</em>"]))</p></div>
            """
    }
}
