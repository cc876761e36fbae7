/// The colours of the pictures, as SVG presentation attributes (the Content-Security-Policy allows
/// no inline styles). Calm, never alarming: a miss is honest, not red.
enum Palette {
    static let kept = "#2f6f6a"
    static let seen = "#8cc2bb"
    static let missed = "#a8834a"
    static let open = "#8a9a9d"
    static let faint = "#c5d3d3"
    static let off = "#c98f5e"
}
