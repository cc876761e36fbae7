import TrellisCore
import TrellisLanguage

/// Both switches of one area as two-way switches, the same picture on repair and trust: each
/// owner's own, on (knob right, filled), off (knob left) or not decided yet (knob in the middle,
/// dashed), with the word beside it, so colour is never the only sign.
struct SwitchPicture {
    /// Each switch: whose, and where it stands.
    let switches: [(owner: String, position: SwitchPosition)]

    private static let row = 44
    private static let pill = (x: 96, width: 64, height: 32)

    var html: HTML {
        let shapes = switches.enumerated().map { index, entry -> HTML in
            let top = index * Self.row
            let (x, width, height) = Self.pill
            let middle = top + height / 2
            let knob: Int
            let body: HTML
            switch entry.position {
            case .on:
                knob = x + width - height / 2
                body =
                    #"<rect x="\#(x)" y="\#(top)" width="\#(width)" height="\#(height)" rx="16" fill="\#(Palette.kept)"/>"#
            case .off:
                knob = x + height / 2
                body =
                    #"<rect x="\#(x)" y="\#(top)" width="\#(width)" height="\#(height)" rx="16" fill="\#(Palette.off)"/>"#
            case .undecided:
                knob = x + width / 2
                body =
                    #"<rect x="\#(x + 1)" y="\#(top + 1)" width="\#(width - 2)" height="\#(height - 2)" rx="15" fill="none" stroke="\#(Palette.open)" stroke-width="2" stroke-dasharray="4 3"/>"#
            }
            return """
                <text x="0" y="\(middle + 5)" font-size="15" fill="currentColor">\(entry.owner)</text>\
                \(body)<circle cx="\(knob)" cy="\(middle)" r="12" fill="#ffffff" stroke="\(Palette.open)"/>\
                <text x="\(x + width + 12)" y="\(middle + 5)" font-size="15" fill="currentColor">\(entry.position.word)</text>
                """
        }.joined()
        let height = switches.count * Self.row - 12
        let described = switches.map {
            say("trust.picture.switches.owner", ["owner": $0.owner, "position": $0.position.word])
        }.joined(separator: " ")
        return """
            <svg class="switch-pair" role="img" viewBox="0 0 320 \(height)" width="320" height="\(height)">\
            <title>\(say("trust.picture.switches.title", ["switches": described]))</title>\(shapes)</svg>
            """
    }
}
