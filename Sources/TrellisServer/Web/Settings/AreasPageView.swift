import TrellisCore
import TrellisLanguage

/// The couple's trust areas: add one, rename, archive (after a confirmation) or restore. Trust
/// lives in areas, so they are the couple's to name; kept in settings, out of the way of every day.
struct AreasPageView: CoupleScreenView {
    let screen: CoupleScreen

    private var areas: [Area] { state.areas }

    var html: HTML {
        let addArea = forms.post(
            Post.addArea(), class: "row",
            """
            <label>\(say("reach.areas.newField")) <input id="new-area-name" name="name" required maxlength="\(AreaName.maximumLength)" \
            value="\(forms.typed(Post.addArea(), "name"))"></label>
            <button id="add-area">\(say("reach.areas.addButton"))</button>
            """)
        return """
            \(header(HTML.say("reach.areas.title"), back: "<a href=\"\(Page.settings())\">\(say("reach.settings.back"))</a>"))
            <p class="note">\(say("reach.areas.intro"))</p>
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
            <label>\(say("reach.areas.nameField")) <input name="name" value="\(forms.typed(action, "name").isEmpty ? area.name : forms.typed(action, "name"))" \
            required maxlength="\(AreaName.maximumLength)"></label>
            <button>\(say("reach.areas.renameButton"))</button>
            """)
        let archive: HTML =
            "<p><a class=\"archive-area step\" href=\"\(Post.area(.archive)(area.id))\">\(say("reach.areas.archiveLink"))</a></p>"
        return """
            <li class="area"><span class="area-name">\(area.name)</span>
            <details\(forms.openIfReturned(action))><summary>\(say("reach.areas.change"))</summary>\(rename)\(archive)</details></li>
            """
    }

    private func archivedSection(_ areas: [Area]) -> HTML {
        guard !areas.isEmpty else { return .empty }
        let items = areas.map { area -> HTML in
            let restore = forms.post(
                Post.area(.restore)(area.id), class: "inline",
                "<button class=\"link\">\(say("reach.areas.restoreButton"))</button>")
            return #"<li class="archived-area">\#(area.name) \#(restore)</li>"#
        }.joined()
        return "<h3>\(say("reach.areas.archived"))</h3><ul id=\"archived-areas\">\(items)</ul>"
    }
}
