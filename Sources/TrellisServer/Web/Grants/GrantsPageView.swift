import TrellisCore
import TrellisLanguage

/// Trust given before it is earned, both ways: what I gave and how it went, what I was given and
/// what I did with it, and the form to give trust. No points, no totals.
struct GrantsPageView: CoupleScreenView {
    let screen: CoupleScreen

    private var view: GrantsView { state.grantsView(for: viewer, earlier: screen.earlier) }
    private static var paging: EarlierLink {
        EarlierLink(label: say("building.grants.earlier")) { .grants(earlier: $0) }
    }

    var html: HTML {
        let view = self.view
        let next = view.nextStep.compactMap { area, size -> HTML? in
            guard let name = state.area(area)?.name else { return nil }
            return "<li>\(say("building.grants.nextStep", ["area": name, "size": Self.size(size)]))</li>"
        }
        return """
            \(header(HTML.say("building.grants.title")))
            <p>\(say("building.grants.intro", ["name": partner]))</p>
            \(next.isEmpty ? .empty : #"<ul class="note" id="next-steps">\#(next.joined())</ul>"#)
            <h2>\(say("building.grants.givenToMe"))</h2>
            \(view.received.items.isEmpty ? #"<p class="note">\#(say("building.nothingYet"))</p>"# : .empty)
            <ul class="fears grants received">\(view.received.items.map(received).joined())</ul>
            \(Self.paging.html(view.received, named: GrantsView.List.received, showing: screen.earlier))
            <h2>\(say("building.grants.givenByMe"))</h2>
            \(view.given.items.isEmpty ? #"<p class="note">\#(say("building.nothingYet"))</p>"# : .empty)
            <ul class="fears grants given">\(view.given.items.map(given).joined())</ul>
            \(Self.paging.html(view.given, named: GrantsView.List.given, showing: screen.earlier))
            <details\(forms.openIfReturned(Post.offerGrant()))><summary>\(say("building.grants.giveTrust"))</summary>\(offerForm)</details>
            """
    }

    /// A grant's size inside a sentence ("small").
    private static func size(_ size: GrantSize) -> String {
        switch size {
        case .small: say("building.grants.size.small")
        case .medium: say("building.grants.size.medium")
        case .large: say("building.grants.size.large")
        }
    }

    /// A grant's size as a choice on its own ("Small").
    private static func sizeChoice(_ size: GrantSize) -> String {
        switch size {
        case .small: say("building.grants.sizeChoice.small")
        case .medium: say("building.grants.sizeChoice.medium")
        case .large: say("building.grants.sizeChoice.large")
        }
    }

    /// `stakesAreMine`: the viewer gave it, so what is at stake is theirs.
    private func card(_ grant: TrustGrant, stakesAreMine: Bool) -> HTML {
        let area = state.area(grant.area)?.name ?? say("building.anArea")
        let review: HTML =
            grant.reviewOn.map {
                " · \(say("building.grants.reviewOn", ["day": HumanDay.inSentence($0, today: today)]))"
            } ?? .empty
        let fear: HTML =
            grant.fear.flatMap { state.fears.fear($0) }.map {
                "<p>\(say("building.grants.answersFear", ["fear": $0.what]))</p>"
            } ?? .empty
        let stakes =
            stakesAreMine
            ? say("building.grants.stakesMine", ["stakes": grant.stakes])
            : say("building.grants.stakesOf", ["name": partner, "stakes": grant.stakes])
        return """
            <p><strong>\(grant.what)</strong></p>
            <p>\(stakes)</p>
            \(fear)
            <p class="note">\(area) · \(Self.size(grant.size))\(review)</p>
            """
    }

    private func received(_ grant: TrustGrant) -> HTML {
        let action: HTML
        switch grant.status {
        case .offered:
            action =
                forms.post(
                    Post.grant(.accept)(grant.id), class: "inline",
                    #"<button class="accept-grant">\#(say("building.grants.accept"))</button>"#)
                + forms.post(
                    Post.grant(.decline)(grant.id), class: "inline",
                    #"<button class="quiet decline-grant">\#(say("building.grants.notNow"))</button>"#)
        case .accepted where grant.used == nil:
            action = forms.post(
                Post.grant(.use)(grant.id),
                """
                <label>\(say("building.grants.whatIDid")) <textarea name="text" required maxlength="\(GrantsState.maximumLength)">\
                \(forms.typed(Post.grant(.use)(grant.id), "text"))</textarea></label>
                <button class="use-grant">\(say("building.tellPartner", ["name": partner]))</button>
                """)
        case .accepted, .declined, .withdrawn:
            action = outcome(grant)
        }
        return #"<li class="fear grant">\#(card(grant, stakesAreMine: false))\#(action)</li>"#
    }

    private func given(_ grant: TrustGrant) -> HTML {
        var parts: [HTML] = [outcome(grant)]
        if grant.status == .accepted, grant.used != nil, grant.honoured == nil {
            parts.append(
                forms.post(
                    Post.grant(.honoured)(grant.id), class: "inline",
                    #"<button class="honoured-grant">\#(say("building.grants.honoured"))</button>"#))
            parts.append(
                """
                <details\(forms.openIfReturned(Post.grant(.hurt)(grant.id)))><summary>\(say("building.grants.itHurt"))</summary>\(forms.post(
                    Post.grant(.hurt)(grant.id),
                    """
                    <label>\(say("building.grants.label.hurt")) <textarea name="why" required maxlength="\(GrantsState.maximumLength)">\
                    \(forms.typed(Post.grant(.hurt)(grant.id), "why"))</textarea></label>
                    <button class="hurt-grant">\(say("building.tellPartner", ["name": partner]))</button>
                    """))</details>
                """)
        }
        if grant.status == .offered || grant.status == .accepted {
            parts.append(
                """
                <details><summary>\(say("building.grants.takeBack"))</summary>\(forms.post(
                    Post.grant(.withdraw)(grant.id),
                    #"<p>\#(say("building.stopsHoldingAtOnce", ["name": partner]))</p><button class="quiet withdraw-grant">\#(say("building.grants.takeBack"))</button>"#
                ))</details>
                """)
        }
        return #"<li class="fear grant">\#(card(grant, stakesAreMine: true))\#(parts.joined())</li>"#
    }

    /// Where the grant stands, in words.
    private func outcome(_ grant: TrustGrant) -> HTML {
        var lines: [String] = []
        switch grant.status {
        case .offered:
            lines.append(
                grant.granter == viewer
                    ? say("building.grants.waitingForPartner", ["name": partner])
                    : say("building.grants.waitingForYou"))
        case .accepted: lines.append(say("building.grants.accepted"))
        case .declined: lines.append(say("building.grants.declined"))
        case .withdrawn: lines.append(say("building.grants.withdrawn"))
        }
        if let used = grant.used { lines.append(say("building.grants.used", ["used": used])) }
        if grant.honoured == true {
            lines.append(
                grant.granter == viewer
                    ? say("building.grants.youSaidHonoured")
                    : say("building.grants.partnerSaidHonoured", ["name": partner]))
        }
        if let hurt = grant.hurt { lines.append(say("building.grants.hurt", ["hurt": hurt])) }
        return lines.map { #"<p class="grant-status">\#($0)</p>"# as HTML }.joined()
    }

    private var offerForm: HTML {
        let action = Post.offerGrant()
        let areas = state.activeAreas.map { (value: $0.id.description, label: $0.name) }
        let myFears = state.fears.fears.filter { $0.author == viewer && $0.visibility == .shared }
        let fearChoices =
            [(value: "", label: say("building.grants.noFear"))]
            + myFears.map { (value: $0.id.description, label: $0.what) }
        let sizes = GrantSize.allCases.map { (value: $0.rawValue, label: Self.sizeChoice($0)) }
        let limit = GrantsState.maximumLength
        return forms.post(
            action,
            """
            <label>\(say("building.area")) <select name="area">\(forms.options(action, "area", areas))</select></label>
            <label>\(say("building.grants.label.whatPartnerMayDo", ["name": partner])) <textarea name="what" required maxlength="\(limit)">\(forms.typed(action, "what"))</textarea></label>
            <label>\(say("building.grants.label.myStakes")) <textarea name="stakes" required maxlength="\(limit)">\(forms.typed(action, "stakes"))</textarea></label>
            <label>\(say("building.grants.label.size")) <select name="size">\(forms.options(action, "size", sizes, fallback: "small"))</select></label>
            <label>\(say("building.grants.label.fear")) <select name="fear">\(forms.options(action, "fear", fearChoices))</select></label>
            \(forms.reviewDay(action))
            <button id="offer-grant">\(say("building.grants.giveIt"))</button>
            """)
    }
}
