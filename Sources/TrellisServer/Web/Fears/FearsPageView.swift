import TrellisCore
import TrellisLanguage

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
            if !fears.mine.isEmpty { lines.append(say("building.fears.youWrote", count: fears.mine.count)) }
            if !fears.partners.isEmpty {
                lines.append(say("building.fears.partnerTold", count: fears.partners.count, ["name": partner]))
            }
            if fears.partnerIsReady { lines.append(say("building.fears.partnerReadyShort", ["name": partner])) }
            if fears.iAmWaiting { lines.append(say("building.fears.waitingFor", ["name": partner])) }
            let line: HTML = lines.isEmpty ? .empty : "<span>\(lines.joined(separator: " · "))</span>"
            return """
                <li class="area-row" data-area-name="\(fears.area.name)"><a href="\(Page.fears(area: fears.area.id))">\
                <strong>\(fears.area.name)</strong>\(line)</a></li>
                """
        }.joined()
        return """
            \(header(HTML.say("building.fears.title")))
            <p>\(say("building.fears.intro", ["name": partner]))</p>
            <ul id="fear-areas" class="screen-list">\(rows)</ul>
            """
    }

    func area(_ fears: AreaFears) -> HTML {
        let write = Post.writeFear(fears.area.id)
        let limit = FearsState.maximumLength
        let writeForm = forms.post(
            write,
            """
            <label>\(say("building.fears.whatIFear")) <textarea name="what" required maxlength="\(limit)">\(forms.typed(write, "what"))</textarea></label>
            <label>\(say("building.fears.whyItScaresMe")) <textarea name="why" required maxlength="\(limit)">\(forms.typed(write, "why"))</textarea></label>
            <button id="write-fear">\(say("building.fears.keepIt"))</button>
            """)
        return """
            \(header(
                "\(say("building.fears.areaTitle", ["area": fears.area.name]))",
                back: #"<a href="\#(Page.fears())">\#(say("building.fears.allAreas"))</a>"#))
            \(together(fears))
            <h2>\(say("building.fears.mine"))</h2>
            <ul class="fears mine">\(fears.mine.map(mine).joined())</ul>
            <details\(forms.openIfReturned(write))\(fears.mine.isEmpty ? " open" : "")><summary>\(say("building.fears.writeOne"))</summary>\(writeForm)</details>
            <h2>\(say("building.fears.partnerToldMe", ["name": partner]))</h2>
            \(fears.partners.isEmpty ? #"<p class="note">\#(say("building.nothingYet"))</p>"# : .empty)
            <ul class="fears partners">\(fears.partners.map(partners).joined())</ul>
            """
    }

    /// Revealing together: where each partner stands, and the one button.
    private func together(_ fears: AreaFears) -> HTML {
        if fears.iAmWaiting {
            return """
                <p class="note" id="waiting-together">\(say("building.fears.waitingTogether", ["name": partner]))</p>
                """
        }
        let ready: HTML =
            fears.partnerIsReady
            ? #"<p class="confirmation" id="partner-ready">\#(say("building.fears.partnerReady", ["name": partner]))</p>"#
            : .empty
        let hasPrivate = fears.mine.contains { $0.visibility == .private }
        if !hasPartner {
            guard hasPrivate, partnerMayJoin else { return .empty }
            return """
                <p class="note" id="together-after-joining">\(say("building.fears.togetherAfterJoining"))</p>
                """
        }
        let button: HTML =
            hasPrivate
            ? forms.post(
                Post.revealTogether(fears.area.id),
                #"<button id="reveal-together">\#(say("building.fears.revealTogether", ["name": partner]))</button>"#)
            : .empty
        return "\(ready)\(button)"
    }

    private func mine(_ fear: CoreFear) -> HTML {
        let told: HTML = "<p><strong>\(fear.what)</strong></p><p>\(fear.why)</p>"
        guard fear.visibility == .private else {
            let answer: HTML = fear.answer.map { #"<p class="answer">\#(partner): \#($0)</p>"# } ?? .empty
            return
                #"<li class="fear shared">\#(told)<p class="note">\#(say("building.fears.sharedWith", ["name": partner]))</p>\#(answer)</li>"#
        }
        let edit = forms.post(
            Post.fear(.edit)(fear.id),
            """
            <label>\(say("building.fears.whatIFear")) <textarea name="what" required>\(fear.what)</textarea></label>
            <label>\(say("building.fears.whyItScaresMe")) <textarea name="why" required>\(fear.why)</textarea></label>
            <button class="save-fear">\(say("building.fears.save"))</button>
            """)
        let share = forms.post(
            Post.fear(.share)(fear.id),
            #"<p>\#(say("building.fears.shareWarning", ["name": partner]))</p><button class="share-fear">\#(say("building.fears.shareNow", ["name": partner]))</button>"#
        )
        let withdraw = forms.post(
            Post.fear(.withdraw)(fear.id),
            #"<p>\#(say("building.fears.withdrawWarning"))</p><button class="quiet withdraw-fear">\#(say("building.fears.takeBack"))</button>"#
        )
        return """
            <li class="fear private">\(told)<p class="note">\(say("building.fears.onlyYou"))</p>\
            <details><summary>\(say("building.fears.change"))</summary>\(edit)</details>\
            <details><summary>\(say("building.fears.shareAlone"))</summary>\(share)</details>\
            <details><summary>\(say("building.fears.takeBack"))</summary>\(withdraw)</details></li>
            """
    }

    private func partners(_ fear: CoreFear) -> HTML {
        let told: HTML = "<p><strong>\(fear.what)</strong></p><p>\(fear.why)</p>"
        if let answer = fear.answer {
            return
                #"<li class="fear">\#(told)<p class="answer">\#(say("building.fears.youAnswered", ["answer": answer]))</p></li>"#
        }
        let action = Post.fear(.answer)(fear.id)
        let answer = forms.post(
            action,
            """
            <label>\(say("building.fears.lineBack")) \
            <input name="line" required maxlength="\(FearsState.maximumAnswerLength)" value="\(forms.typed(action, "line"))"></label>
            <button class="answer-fear">\(say("building.fears.send"))</button>
            """)
        return #"<li class="fear">\#(told)\#(answer)</li>"#
    }
}
