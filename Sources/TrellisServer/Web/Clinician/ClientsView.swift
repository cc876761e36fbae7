import TrellisCore
import TrellisLanguage

/// The couples a clinician may see something of today.
struct ClientsView {
    let clients: [ClinicianReads.Client]

    var html: HTML {
        let items = clients.map { client -> HTML in
            let names = Say.list(client.state.members.map(\.name))
            let parts = HelpScope.ordered(client.access.parts).map(\.title).joined(separator: ", ")
            return """
                <li><p><a class="button" href="\(Page.client(client.couple))">\(names)</a></p>
                <p class="note">\(say("reach.clients.openUntil", ["parts": parts, "day": HumanDay.full(client.access.until)]))</p></li>
                """
        }
        return """
            <p><a href="\(Page.clinicianProfile())">\(say("reach.clients.back"))</a></p>
            <h1>\(say("reach.clients.title"))</h1>
            <p>\(say("reach.clients.intro"))</p>
            \(items.isEmpty ? "<p class=\"note\">\(say("reach.clients.none"))</p>" : "<ul class=\"fears\">\(items.joined())</ul>" as HTML)
            """
    }
}
