import TrellisCore

/// Core fears, as one partner sees them: what they fear about trust breaking in each area and
/// why, kept to themselves until they choose; what their partner has chosen to tell them.
struct FearsPageView: CoupleScreenView {
    let screen: CoupleScreen
    let areas: [AreaFears]

    init(_ screen: CoupleScreen) {
        self.screen = screen
        areas = screen.state.fearsView(for: screen.viewer)
    }

    /// Revealing together needs the partner to have joined (or, once they left, is over).
    var hasPartner: Bool { state.partner(of: viewer) != nil }
    var partnerMayJoin: Bool { state.acceptsPartner }

    var overview: HTML {
        let rows = areas.map { fears -> HTML in
            var lines: [String] = []
            if !fears.mine.isEmpty { lines.append("You wrote \(fears.mine.count)") }
            if !fears.partners.isEmpty { lines.append("\(partner) told you \(fears.partners.count)") }
            if fears.partnerIsReady { lines.append("\(partner) is ready to share when you are") }
            if fears.iAmWaiting { lines.append("waiting for \(partner)") }
            let line: HTML = lines.isEmpty ? .empty : "<span>\(lines.joined(separator: " · "))</span>"
            return """
                <li class="area-row" data-area-name="\(fears.area.name)"><a href="\(Page.fears(area: fears.area.id))">\
                <strong>\(fears.area.name)</strong>\(line)</a></li>
                """
        }.joined()
        return """
            \(header("Our core fears"))
            <p>What do you fear about trust being broken, area by area, and why? Telling it is itself an \
            act of trust. What you write stays yours alone until you share it: on its own, or together, \
            when \(partner) shares theirs.</p>
            <ul id="fear-areas" class="screen-list">\(rows)</ul>
            """
    }

    func area(_ fears: AreaFears) -> HTML {
        let write = Post.writeFear(fears.area.id)
        let limit = FearsState.maximumLength
        let writeForm = forms.post(
            write,
            """
            <label>What I fear <textarea name="what" required maxlength="\(limit)">\(forms.typed(write, "what"))</textarea></label>
            <label>Why it scares me <textarea name="why" required maxlength="\(limit)">\(forms.typed(write, "why"))</textarea></label>
            <button id="write-fear">Keep it for me</button>
            """)
        return """
            \(header("\(fears.area.name): core fears", back: #"<a href="\#(Page.fears())">← All areas</a>"#))
            \(together(fears))
            <h2>Mine</h2>
            <ul class="fears mine">\(fears.mine.map(mine).joined())</ul>
            <details\(forms.openIfReturned(write))\(fears.mine.isEmpty ? " open" : "")><summary>Write a fear</summary>\(writeForm)</details>
            <h2>What \(partner) told me</h2>
            \(fears.partners.isEmpty ? #"<p class="note">Nothing yet.</p>"# : .empty)
            <ul class="fears partners">\(fears.partners.map(partners).joined())</ul>
            """
    }

    /// Revealing together: where each partner stands, and the one button.
    private func together(_ fears: AreaFears) -> HTML {
        if fears.iAmWaiting {
            return """
                <p class="note" id="waiting-together">You are ready. Your private fears here open when \(partner) \
                shares theirs, both at once.</p>
                """
        }
        let ready: HTML =
            fears.partnerIsReady
            ? #"<p class="confirmation" id="partner-ready">\#(partner) is ready to share their fears here when you share yours.</p>"#
            : .empty
        let hasPrivate = fears.mine.contains { $0.visibility == .private }
        if !hasPartner {
            guard hasPrivate, partnerMayJoin else { return .empty }
            return """
                <p class="note" id="together-after-joining">Once your partner joins, you can choose to share \
                these when they share theirs, both at once.</p>
                """
        }
        let button: HTML =
            hasPrivate
            ? forms.post(
                Post.revealTogether(fears.area.id),
                #"<button id="reveal-together">Share mine when \#(partner) shares theirs</button>"#) : .empty
        return "\(ready)\(button)"
    }

    private func mine(_ fear: CoreFear) -> HTML {
        let told: HTML = "<p><strong>\(fear.what)</strong></p><p>\(fear.why)</p>"
        guard fear.visibility == .private else {
            let answer: HTML = fear.answer.map { #"<p class="answer">\#(partner): \#($0)</p>"# } ?? .empty
            return #"<li class="fear shared">\#(told)<p class="note">Shared with \#(partner).</p>\#(answer)</li>"#
        }
        let edit = forms.post(
            Post.fear(.edit)(fear.id),
            """
            <label>What I fear <textarea name="what" required>\(fear.what)</textarea></label>
            <label>Why it scares me <textarea name="why" required>\(fear.why)</textarea></label>
            <button class="save-fear">Save</button>
            """)
        let share = forms.post(
            Post.fear(.share)(fear.id),
            #"<p>\#(partner) will read it as you wrote it, and it cannot be taken back.</p><button class="share-fear">Share it with \#(partner) now</button>"#
        )
        let withdraw = forms.post(
            Post.fear(.withdraw)(fear.id),
            #"<p>It will be gone for good; nobody ever read it.</p><button class="quiet withdraw-fear">Take it back</button>"#
        )
        return """
            <li class="fear private">\(told)<p class="note">Only you can read this.</p>\
            <details><summary>Change it</summary>\(edit)</details>\
            <details><summary>Share it now, on its own</summary>\(share)</details>\
            <details><summary>Take it back</summary>\(withdraw)</details></li>
            """
    }

    private func partners(_ fear: CoreFear) -> HTML {
        let told: HTML = "<p><strong>\(fear.what)</strong></p><p>\(fear.why)</p>"
        if let answer = fear.answer {
            return #"<li class="fear">\#(told)<p class="answer">You answered: \#(answer)</p></li>"#
        }
        let action = Post.fear(.answer)(fear.id)
        let answer = forms.post(
            action,
            """
            <label>One line back, such as \u{201C}Thank you for telling me\u{201D} \
            <input name="line" required maxlength="\(FearsState.maximumAnswerLength)" value="\(forms.typed(action, "line"))"></label>
            <button class="answer-fear">Send</button>
            """)
        return #"<li class="fear">\#(told)\#(answer)</li>"#
    }
}
