/// The key to the dots, drawn with the same marks so it needs no colour names.
enum Legend {
    static let weekDots: HTML = {
        let entries: [(HTML, String)] = [
            (#"<circle cx="10" cy="10" r="8" fill="\#(Palette.kept)"/>"#, "done"),
            (
                ##"<circle cx="10" cy="10" r="8" fill="\##(Palette.kept)"/><circle cx="10" cy="10" r="3" fill="#ffffff"/>"##,
                "done, and noticed"
            ),
            (#"<circle cx="10" cy="10" r="8" fill="\#(Palette.seen)"/>"#, "seen happen"),
            (
                #"<circle cx="10" cy="10" r="7" fill="none" stroke="\#(Palette.missed)" stroke-width="3"/>"#,
                "missed, said honestly"
            ),
            (
                #"<circle cx="10" cy="10" r="7" fill="none" stroke="\#(Palette.open)" stroke-width="2" stroke-dasharray="4 3"/>"#,
                "not reported"
            ),
        ]
        let items = entries.map { mark, label -> HTML in
            #"<li><svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">\#(mark)</svg> \#(label)</li>"#
        }.joined()
        return #"<ul class="legend">\#(items)</ul>"#
    }()
}
