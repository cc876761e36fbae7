import TrellisCore

/// The couple's trust areas: add one, rename, archive (after a confirmation) or restore. Trust
/// lives in areas, so they are the couple's to name; kept in settings, out of the way of every day.
struct AreasPageView: CoupleScreenView {
    let screen: CoupleScreen

    private var areas: [Area] { state.areas }

    var html: HTML {
        let addArea = forms.post(
            Post.addArea(), class: "row",
            """
            <label>New area <input id="new-area-name" name="name" required maxlength="\(AreaName.maximumLength)" \
            value="\(forms.typed(Post.addArea(), "name"))"></label>
            <button id="add-area">Add area</button>
            """)
        return """
            \(header("Our trust areas", back: #"<a href="\#(Page.settings())">← My settings</a>"#))
            <p class="note">Trust is never all or nothing: it lives in areas like these, and runs each way.</p>
            <ul id="areas" class="areas">\(areas.filter { !$0.isArchived }.map(activeArea).joined())</ul>
            \(addArea)
            \(archivedSection(areas.filter(\.isArchived)))
            """
    }

    private func activeArea(_ area: Area) -> HTML {
        let action = Post.area(.rename)(area.id)
        let rename = forms.post(
            action, class: "row",
            """
            <label>Name <input name="name" value="\(forms.typed(action, "name").isEmpty ? area.name : forms.typed(action, "name"))" \
            required maxlength="\(AreaName.maximumLength)"></label>
            <button>Rename</button>
            """)
        let archive: HTML =
            #"<p><a class="archive-area step" href="\#(Post.area(.archive)(area.id))">Archive this area…</a></p>"#
        return """
            <li class="area"><span class="area-name">\(area.name)</span>
            <details\(forms.openIfReturned(action))><summary>Change</summary>\(rename)\(archive)</details></li>
            """
    }

    private func archivedSection(_ areas: [Area]) -> HTML {
        guard !areas.isEmpty else { return .empty }
        let items = areas.map { area -> HTML in
            let restore = forms.post(
                Post.area(.restore)(area.id), class: "inline",
                #"<button class="link">Restore</button>"#)
            return #"<li class="archived-area">\#(area.name) \#(restore)</li>"#
        }.joined()
        return #"<h3>Archived</h3><ul id="archived-areas">\#(items)</ul>"#
    }
}
