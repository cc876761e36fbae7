/// A refusal shown where it belongs: beside the field at fault when the form has that field (with
/// what was typed kept in it), otherwise once at the top of the form.
struct Refusal {
    let error: TrellisError?
    /// The fields the form shows.
    let fields: Set<String>

    /// The top-of-form line, for a refusal no field of this form explains.
    var banner: HTML {
        guard let error, !fields.contains(error.field ?? "") else { return .empty }
        return HTMLPage.errorBanner(error)
    }

    /// The sentence under `field`, when it is the one at fault.
    func note(_ field: String) -> HTML {
        guard let error, error.field == field else { return .empty }
        return #"<span class="field-error" id="\#(field)-error" role="alert">\#(error.message)</span>"#
    }

    /// Attributes for the field's control, so assistive technology reads the sentence with it.
    func marks(_ field: String) -> HTML {
        guard let error, error.field == field else { return .empty }
        return #" aria-invalid="true" aria-describedby="\#(field)-error""#
    }
}
