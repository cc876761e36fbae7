import TrellisLanguage

/// The key to the dots, drawn with the same marks so it needs no colour names.
enum Legend {
    static var weekDots: HTML {
        let entries: [(HTML, String)] = [
            (#"<circle cx="10" cy="10" r="8" fill="\#(Palette.kept)"/>"#, say("trust.picture.legend.done")),
            (
                ##"<circle cx="10" cy="10" r="8" fill="\##(Palette.kept)"/><circle cx="10" cy="10" r="3" fill="#ffffff"/>"##,
                say("trust.picture.legend.doneNoticed")
            ),
            (#"<circle cx="10" cy="10" r="8" fill="\#(Palette.seen)"/>"#, say("trust.picture.legend.seen")),
            (
                #"<circle cx="10" cy="10" r="7" fill="none" stroke="\#(Palette.missed)" stroke-width="3"/>"#,
                say("trust.picture.legend.missed")
            ),
            (
                #"<circle cx="10" cy="10" r="7" fill="none" stroke="\#(Palette.open)" stroke-width="2" stroke-dasharray="4 3"/>"#,
                say("trust.picture.legend.notReported")
            ),
        ]
        let items = entries.map { mark, label -> HTML in
            #"<li><svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">\#(mark)</svg> \#(label)</li>"#
        }.joined()
        return #"<ul class="legend">\#(items)</ul>"#
    }
}
