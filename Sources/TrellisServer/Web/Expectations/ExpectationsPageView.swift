import TrellisCore

/// What both partners hold to be normal and permissible, area by area, and the promises one
/// makes to tell the other: the words in force, words proposed, and what was told.
struct ExpectationsPageView: CoupleScreenView {
    let screen: CoupleScreen

    var html: HTML {
        let all = state.expectations.expectations
        return """
            \(header("What we expect"))
            <p>What each of you considers normal and permissible, in your own words. It holds only once \
            you both agree to the same words, and either of you can withdraw at any time.</p>
            <p class="note" id="no-demands">There is no way here to ask for a disclosure, a location or a \
            phone log: trust that is demanded is not given. A promise to tell is made freely, by the one who tells.</p>
            \(all.isEmpty ? #"<p class="note">Nothing yet.</p>"# : .empty)
            <ul class="fears expectations">\(all.map(card).joined())</ul>
            <details\(forms.openIfReturned(Post.proposeExpectation()))\(all.isEmpty ? " open" : "")><summary>Propose one</summary>\(proposeForm)</details>
            """
    }

    private func card(_ expectation: Expectation) -> HTML {
        let area = state.area(expectation.area)?.name ?? "an area"
        let kind: String =
            expectation.promiser.map { $0 == viewer ? "A promise you made" : "A promise \(partner) made" }
            ?? "Something you both hold to"
        var parts: [HTML] = ["<p class=\"note\">\(area) · \(kind)</p>"]
        if let current = expectation.current {
            parts.append(
                "<p><strong>\(current.words)</strong></p><p class=\"grant-status\">Holds: you both agreed.</p>\(review(current))"
            )
        } else if let withdrawn = expectation.withdrawnBy {
            parts.append(
                "<p class=\"grant-status\">Does not hold: \(withdrawn == viewer ? "you" : partner) withdrew consent.</p>"
            )
        }
        if let pending = expectation.pending {
            parts.append("<p>Proposed: <strong>\(pending.words)</strong></p>\(review(pending))")
            if pending.proposedBy == viewer {
                parts.append("<p class=\"grant-status\">Waiting for \(partner) to agree.</p>")
            } else {
                let version = Forms.hidden("version", String(pending.number))
                parts.append(
                    forms.post(
                        Post.expectation(.agree)(expectation.id), class: "inline",
                        "\(version)<button class=\"agree-expectation\">I agree</button>")
                        + forms.post(
                            Post.expectation(.decline)(expectation.id), class: "inline",
                            "\(version)<button class=\"quiet decline-expectation\">Not these words</button>"))
            }
        }
        if expectation.promiser == nil || expectation.promiser == viewer {
            parts.append(
                """
                <details\(forms.openIfReturned(Post.expectation(.reword)(expectation.id)))><summary>Propose other words</summary>\(forms.post(
                    Post.expectation(.reword)(expectation.id),
                    """
                    <label>Words <textarea name="words" required maxlength="\(ExpectationsState.maximumWords)">\
                    \(forms.typed(Post.expectation(.reword)(expectation.id), "words"))</textarea></label>
                    \(forms.reviewDay(Post.expectation(.reword)(expectation.id)))
                    <button class="reword-expectation">Send to \(partner)</button>
                    """))</details>
                """)
        }
        if expectation.holds {
            parts.append(
                """
                <details><summary>Withdraw my consent</summary>\(forms.post(
                    Post.expectation(.withdraw)(expectation.id),
                    #"<p>It stops holding at once, and \#(partner) will see that.</p><button class="quiet withdraw-consent">Withdraw</button>"#
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
                    "\(Forms.hidden("disclosure", disclosure.id.uuidString.lowercased()))<button class=\"thank-disclosure\">Thank you for telling me</button>"
                ) : disclosure.thanked ? " (thanked)" : .empty
            return "<li>\(disclosure.text)\(thank)</li>"
        }.joined()
        let tell: HTML =
            promiser == viewer && expectation.holds
            ? forms.post(
                Post.expectation(.tell)(expectation.id),
                """
                <label>I\u{2019}m telling you <textarea name="text" required maxlength="\(ExpectationsState.maximumWords)">\
                \(forms.typed(Post.expectation(.tell)(expectation.id), "text"))</textarea></label>
                <button class="tell-disclosure">Tell \(partner)</button>
                """) : .empty
        let heading: HTML =
            expectation.disclosures.isEmpty
            ? .empty
            : "<p class=\"note\">Told against this promise, newest first:</p>"
        let paging = EarlierLink(label: "Told earlier") { .expectations(earlier: $0) }.html(
            recent, named: expectation.disclosuresList, showing: screen.earlier)
        return "\(heading)<ul class=\"disclosures\">\(told)</ul>\(paging)\(tell)"
    }

    private func review(_ version: Expectation.Version) -> HTML {
        version.reviewOn.map {
            "<p class=\"note\">A day to look at it again: \(HumanDay.inSentence($0, today: today))</p>"
        }
            ?? .empty
    }

    private var proposeForm: HTML {
        let action = Post.proposeExpectation()
        let areas = state.activeAreas.map { (value: $0.id.description, label: $0.name) }
        let kinds = [("agreement", "Something we both hold to"), ("promise", "A promise I make, to tell \(partner)")]
            .map { (value: $0.0, label: $0.1) }
        return forms.post(
            action,
            """
            <label>Area <select name="area">\(forms.options(action, "area", areas))</select></label>
            <label>Kind <select name="kind">\(forms.options(action, "kind", kinds, fallback: "agreement"))</select></label>
            <label>Words <textarea name="words" required maxlength="\(ExpectationsState.maximumWords)">\
            \(forms.typed(action, "words"))</textarea></label>
            \(forms.reviewDay(action))
            <button id="propose-expectation">Send to \(partner)</button>
            """)
    }
}
