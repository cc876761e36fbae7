import TrellisCore

/// Trust given before it is earned, both ways: what I gave and how it went, what I was given and
/// what I did with it, and the form to give trust. No points, no totals.
struct GrantsPageView: CoupleScreenView {
    let screen: CoupleScreen

    private var view: GrantsView { state.grantsView(for: viewer, earlier: screen.earlier) }
    private static let paging = EarlierLink(label: "Earlier grants") { .grants(earlier: $0) }

    var html: HTML {
        let view = self.view
        let next = view.nextStep.compactMap { area, size -> HTML? in
            guard let name = state.area(area)?.name else { return nil }
            return
                "<li>In \(name), the trust you gave was honoured; a next grant could be a step bigger (\(size.rawValue)), when you are ready.</li>"
        }
        return """
            \(header("Trust we give"))
            <p>Give trust before it is earned: let \(partner) do something that scares you, now that they \
            know why. A small trust honoured makes a bigger one easier. You can take it back at any time.</p>
            \(next.isEmpty ? .empty : #"<ul class="note" id="next-steps">\#(next.joined())</ul>"#)
            <h2>Given to me</h2>
            \(view.received.items.isEmpty ? #"<p class="note">Nothing yet.</p>"# : .empty)
            <ul class="fears grants received">\(view.received.items.map(received).joined())</ul>
            \(Self.paging.html(view.received, named: GrantsView.List.received, showing: screen.earlier))
            <h2>Given by me</h2>
            \(view.given.items.isEmpty ? #"<p class="note">Nothing yet.</p>"# : .empty)
            <ul class="fears grants given">\(view.given.items.map(given).joined())</ul>
            \(Self.paging.html(view.given, named: GrantsView.List.given, showing: screen.earlier))
            <details\(forms.openIfReturned(Post.offerGrant()))><summary>Give trust</summary>\(offerForm)</details>
            """
    }

    private func card(_ grant: TrustGrant, stakesOwner: String) -> HTML {
        let area = state.area(grant.area)?.name ?? "an area"
        let review: HTML =
            grant.reviewOn.map { " · to look at again \(HumanDay.inSentence($0, today: today))" } ?? .empty
        let fear: HTML =
            grant.fear.flatMap { state.fears.fear($0) }.map {
                "<p>It answers a fear: \u{201C}\($0.what)\u{201D}</p>"
            } ?? .empty
        return """
            <p><strong>\(grant.what)</strong></p>
            <p>What is at stake for \(stakesOwner): \(grant.stakes)</p>
            \(fear)
            <p class="note">\(area) · \(grant.size.rawValue)\(review)</p>
            """
    }

    private func received(_ grant: TrustGrant) -> HTML {
        let action: HTML
        switch grant.status {
        case .offered:
            action =
                forms.post(
                    Post.grant(.accept)(grant.id), class: "inline", #"<button class="accept-grant">Accept</button>"#)
                + forms.post(
                    Post.grant(.decline)(grant.id), class: "inline",
                    #"<button class="quiet decline-grant">Not now</button>"#)
        case .accepted where grant.used == nil:
            action = forms.post(
                Post.grant(.use)(grant.id),
                """
                <label>What I did with it <textarea name="text" required maxlength="\(GrantsState.maximumLength)">\
                \(forms.typed(Post.grant(.use)(grant.id), "text"))</textarea></label>
                <button class="use-grant">Tell \(partner)</button>
                """)
        case .accepted, .declined, .withdrawn:
            action = outcome(grant)
        }
        return #"<li class="fear grant">\#(card(grant, stakesOwner: partner))\#(action)</li>"#
    }

    private func given(_ grant: TrustGrant) -> HTML {
        var parts: [HTML] = [outcome(grant)]
        if grant.status == .accepted, grant.used != nil, grant.honoured == nil {
            parts.append(
                forms.post(
                    Post.grant(.honoured)(grant.id), class: "inline",
                    #"<button class="honoured-grant">It was honoured</button>"#))
            parts.append(
                """
                <details\(forms.openIfReturned(Post.grant(.hurt)(grant.id)))><summary>It hurt</summary>\(forms.post(
                    Post.grant(.hurt)(grant.id),
                    """
                    <label>What hurt <textarea name="why" required maxlength="\(GrantsState.maximumLength)">\
                    \(forms.typed(Post.grant(.hurt)(grant.id), "why"))</textarea></label>
                    <button class="hurt-grant">Tell \(partner)</button>
                    """))</details>
                """)
        }
        if grant.status == .offered || grant.status == .accepted {
            parts.append(
                """
                <details><summary>Take it back</summary>\(forms.post(
                    Post.grant(.withdraw)(grant.id),
                    #"<p>It stops holding at once, and \#(partner) will see that.</p><button class="quiet withdraw-grant">Take it back</button>"#
                ))</details>
                """)
        }
        return #"<li class="fear grant">\#(card(grant, stakesOwner: "you"))\#(parts.joined())</li>"#
    }

    /// Where the grant stands, in words.
    private func outcome(_ grant: TrustGrant) -> HTML {
        var lines: [String] = []
        switch grant.status {
        case .offered: lines.append("Waiting for \(grant.granter == viewer ? partner : "you") to answer.")
        case .accepted: lines.append("Accepted.")
        case .declined: lines.append("Declined, for now.")
        case .withdrawn: lines.append("Taken back; it no longer holds.")
        }
        if let used = grant.used { lines.append("What was done with it: \(used)") }
        if grant.honoured == true {
            lines.append(grant.granter == viewer ? "You said it was honoured." : "\(partner) said it was honoured.")
        }
        if let hurt = grant.hurt { lines.append("It hurt: \(hurt)") }
        return lines.map { #"<p class="grant-status">\#($0)</p>"# as HTML }.joined()
    }

    private var offerForm: HTML {
        let action = Post.offerGrant()
        let areas = state.activeAreas.map { (value: $0.id.description, label: $0.name) }
        let myFears = state.fears.fears.filter { $0.author == viewer && $0.visibility == .shared }
        let fearChoices =
            [(value: "", label: "None")] + myFears.map { (value: $0.id.description, label: $0.what) }
        let sizes = GrantSize.allCases.map { (value: $0.rawValue, label: $0.rawValue.capitalized) }
        let limit = GrantsState.maximumLength
        return forms.post(
            action,
            """
            <label>Area <select name="area">\(forms.options(action, "area", areas))</select></label>
            <label>What \(partner) may now do <textarea name="what" required maxlength="\(limit)">\(forms.typed(action, "what"))</textarea></label>
            <label>What is at stake for me <textarea name="stakes" required maxlength="\(limit)">\(forms.typed(action, "stakes"))</textarea></label>
            <label>How big it feels <select name="size">\(forms.options(action, "size", sizes, fallback: "small"))</select></label>
            <label>Answers one of my shared fears (optional) <select name="fear">\(forms.options(action, "fear", fearChoices))</select></label>
            \(forms.reviewDay(action))
            <button id="offer-grant">Give it</button>
            """)
    }
}
