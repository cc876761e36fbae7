import TrellisCore

/// The couples a clinician may see something of today.
struct ClientsView {
    let clients: [ClinicianReads.Client]

    var html: HTML {
        let items = clients.map { client -> HTML in
            let names = client.state.members.map(\.name).joined(separator: " and ")
            let parts = HelpScope.ordered(client.access.parts).map(\.title).joined(separator: ", ")
            return """
                <li><p><a class="button" href="\(Page.client(client.couple))">\(names)</a></p>
                <p class="note">\(parts), until \(HumanDay.full(client.access.until)).</p></li>
                """
        }
        return """
            <p><a href="\(Page.clinicianProfile())">← My clinician profile</a></p>
            <h1>Couples I help</h1>
            <p>Couples whose two partners both let you see part of their shared work today. Every \
            time you open one, they both see that you looked, and what.</p>
            \(items.isEmpty ? #"<p class="note">None today.</p>"# : "<ul class=\"fears\">\(items.joined())</ul>" as HTML)
            """
    }
}
