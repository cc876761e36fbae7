import TrellisCore
import TrellisLanguage

/// What both partners hold to be normal and permissible, area by area, and the promises one
/// makes to tell the other: the words in force, words proposed, and what was told.
struct ExpectationsPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        let all = state.expectations.expectations
        return """
            \(header(HTML.say("building.expectations.title")))
            <p>\(say("building.expectations.intro"))</p>
            <p class="note" id="no-demands">\(say("building.expectations.noDemands"))</p>
            \(all.isEmpty ? #"<p class="note">\#(say("building.nothingYet"))</p>"# : .empty)
            <ul class="fears expectations">\(all.map(card).joined())</ul>
            <details\(forms.openIfReturned(Post.proposeExpectation()))\(all.isEmpty ? " open" : "")><summary>\(say("building.expectations.proposeOne"))</summary>\(proposeForm)</details>
            """
    }

    private func card(_ expectation: Expectation) -> HTML {
        let area = state.area(expectation.area)?.name ?? say("building.anArea")
        let kind: String =
            expectation.promiser.map {
                $0 == viewer
                    ? say("building.expectations.kind.myPromise")
                    : say("building.expectations.kind.partnersPromise", ["name": partner])
            }
            ?? say("building.expectations.kind.shared")
        var parts: [HTML] = ["<p class=\"note\">\(area) · \(kind)</p>"]
        if let current = expectation.current {
            parts.append(
                "<p><strong>\(current.words)</strong></p><p class=\"grant-status\">\(say("building.expectations.holds"))</p>\(review(current))"
            )
        } else if let withdrawn = expectation.withdrawnBy {
            let line =
                withdrawn == viewer
                ? say("building.expectations.youWithdrew")
                : say("building.expectations.partnerWithdrew", ["name": partner])
            parts.append("<p class=\"grant-status\">\(line)</p>")
        }
        if let pending = expectation.pending {
            parts.append(
                "<p>\(HTML.say("building.expectations.proposed", ["words": "<strong>\(pending.words)</strong>"]))</p>\(review(pending))"
            )
            if pending.proposedBy == viewer {
                parts.append(
                    "<p class=\"grant-status\">\(say("building.expectations.waitingForPartner", ["name": partner]))</p>"
                )
            } else {
                let version = Forms.hidden("version", String(pending.number))
                parts.append(
                    forms.post(
                        Post.expectation(.agree)(expectation.id), class: "inline",
                        "\(version)<button class=\"agree-expectation\">\(say("building.expectations.agree"))</button>")
                        + forms.post(
                            Post.expectation(.decline)(expectation.id), class: "inline",
                            "\(version)<button class=\"quiet decline-expectation\">\(say("building.expectations.decline"))</button>"
                        ))
            }
        }
        if expectation.promiser == nil || expectation.promiser == viewer {
            parts.append(
                """
                <details\(forms.openIfReturned(Post.expectation(.reword)(expectation.id)))><summary>\(say("building.expectations.reword"))</summary>\(forms.post(
                    Post.expectation(.reword)(expectation.id),
                    """
                    <label>\(say("building.expectations.words")) <textarea name="words" required maxlength="\(ExpectationsState.maximumWords)">\
                    \(forms.typed(Post.expectation(.reword)(expectation.id), "words"))</textarea></label>
                    \(forms.reviewDay(Post.expectation(.reword)(expectation.id)))
                    <button class="reword-expectation">\(say("building.expectations.sendTo", ["name": partner]))</button>
                    """))</details>
                """)
        }
        if expectation.holds {
            parts.append(
                """
                <details><summary>\(say("building.expectations.withdrawConsent"))</summary>\(forms.post(
                    Post.expectation(.withdraw)(expectation.id),
                    #"<p>\#(say("building.stopsHoldingAtOnce", ["name": partner]))</p><button class="quiet withdraw-consent">\#(say("building.expectations.withdraw"))</button>"#
                ))</details>
                """)
        }
        parts.append(disclosures(expectation))
        return #"<li class="fear expectation">\#(parts.joined())</li>"#
    }

    private func disclosures(_ expectation: Expectation) -> HTML {
        guard let promiser = expectation.promiser else { return .empty }
        let recent = expectation.recentDisclosures(before: screen.earlier)
        let told = recent.items.map { disclosure -> HTML in
            let thank: HTML =
                promiser != viewer && !disclosure.thanked
                ? forms.post(
                    Post.expectation(.thank)(expectation.id), class: "inline",
                    "\(Forms.hidden("disclosure", disclosure.id.uuidString.lowercased()))<button class=\"thank-disclosure\">\(say("building.expectations.thank"))</button>"
                ) : disclosure.thanked ? " \(say("building.expectations.thanked"))" : .empty
            return "<li>\(disclosure.text)\(thank)</li>"
        }.joined()
        let tell: HTML =
            promiser == viewer && expectation.holds
            ? forms.post(
                Post.expectation(.tell)(expectation.id),
                """
                <label>\(say("building.expectations.telling")) <textarea name="text" required maxlength="\(ExpectationsState.maximumWords)">\
                \(forms.typed(Post.expectation(.tell)(expectation.id), "text"))</textarea></label>
                <button class="tell-disclosure">\(say("building.tellPartner", ["name": partner]))</button>
                """) : .empty
        let heading: HTML =
            expectation.disclosures.isEmpty
            ? .empty
            : "<p class=\"note\">\(say("building.expectations.toldHeading"))</p>"
        let paging = EarlierLink(label: say("building.expectations.toldEarlier")) { .expectations(earlier: $0) }.html(
            recent, named: expectation.disclosuresList, showing: screen.earlier)
        return "\(heading)<ul class=\"disclosures\">\(told)</ul>\(paging)\(tell)"
    }

    private func review(_ version: Expectation.Version) -> HTML {
        version.reviewOn.map {
            "<p class=\"note\">\(say("building.expectations.reviewOn", ["day": HumanDay.inSentence($0, today: today)]))</p>"
        }
            ?? .empty
    }

    private var proposeForm: HTML {
        let action = Post.proposeExpectation()
        let areas = state.activeAreas.map { (value: $0.id.description, label: $0.name) }
        let kinds = [
            ("agreement", say("building.expectations.kindChoice.shared")),
            ("promise", say("building.expectations.kindChoice.promise", ["name": partner])),
        ]
        .map { (value: $0.0, label: $0.1) }
        return forms.post(
            action,
            """
            <label>\(say("building.area")) <select name="area">\(forms.options(action, "area", areas))</select></label>
            <label>\(say("building.expectations.kindLabel")) <select name="kind">\(forms.options(action, "kind", kinds, fallback: "agreement"))</select></label>
            <label>\(say("building.expectations.words")) <textarea name="words" required maxlength="\(ExpectationsState.maximumWords)">\
            \(forms.typed(action, "words"))</textarea></label>
            \(forms.reviewDay(action))
            <button id="propose-expectation">\(say("building.expectations.sendTo", ["name": partner]))</button>
            """)
    }
}
