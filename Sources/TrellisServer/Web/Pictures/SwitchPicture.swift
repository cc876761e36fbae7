import TrellisCore
import TrellisLanguage

/// Both switches of one area as two-way switches, the same picture on repair and trust: each
/// owner's own, on (knob right, filled), off (knob left) or not decided yet (knob in the middle,
/// dashed), with the word beside it, so colour is never the only sign.
struct SwitchPicture {
    /// Each switch: whose, and where it stands.
    let switches: [(owner: String, position: SwitchPosition)]

    private static let pill = (width: 64, height: 32)

    /// Each row is words and a small drawing side by side, so a longer word in another language
    /// wraps like text instead of running off a drawing of fixed width.
    var html: HTML {
        let rows = switches.map { entry -> HTML in
            let (width, height) = Self.pill
            let middle = height / 2
            let knob: Int
            let body: HTML
            switch entry.position {
            case .on:
                knob = width - height / 2
                body = #"<rect width="\#(width)" height="\#(height)" rx="16" fill="\#(Palette.kept)"/>"#
            case .off:
                knob = height / 2
                body = #"<rect width="\#(width)" height="\#(height)" rx="16" fill="\#(Palette.off)"/>"#
            case .undecided:
                knob = width / 2
                body =
                    #"<rect x="1" y="1" width="\#(width - 2)" height="\#(height - 2)" rx="15" fill="none" stroke="\#(Palette.open)" stroke-width="2" stroke-dasharray="4 3"/>"#
            }
            return """
                <span class="switch-row"><span class="switch-owner">\(entry.owner)</span>\
                <svg class="switch-pair" aria-hidden="true" viewBox="0 0 \(width) \(height)" width="\(width)" height="\(height)">\
                \(body)<circle cx="\(knob)" cy="\(middle)" r="12" fill="#ffffff" stroke="\(Palette.open)"/></svg>\
                <span>\(entry.position.word)</span></span>
                """
        }.joined()
        let described = switches.map {
            say("trust.picture.switches.owner", ["owner": $0.owner, "position": $0.position.word])
        }.joined(separator: " ")
        return """
            <p class="switch-pictures" role="img" aria-label="\(say("trust.picture.switches.title", ["switches": described]))">\
            \(rows)</p>
            """
    }
}
