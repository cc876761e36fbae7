import Hummingbird
import TrellisCore
import TrellisStore

/// The confirmation pages, at the address of the step they confirm: retiring an action, archiving
/// an area, sharing something private (a hurt, a journal entry, a check-in on the signs, a window
/// reflection, a rupture). Each finds its subject among what the member may see.
struct ConfirmPages {
    let couples: CoupleService

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        confirm(Post.action(.retire)) { state, viewer, id in
            guard let action = state.repair.actions.first(where: { $0.id == id && $0.status != .retired }),
                action.asker == viewer || action.doer == viewer
            else { throw TrellisError.notFound }
            let retires = action.asker == viewer
            return ConfirmationView(
                question: retires ? "Retire this action?" : "Propose retiring this action?", subject: action.what,
                consequence: retires
                    ? "It stops being asked and reported. Its history stays. A retired action cannot be brought back; you can ask for a new one."
                    : "Your partner asked for it, so they decide. Until they do, it stays as it is.",
                action: Post.action(.retire)(id),
                yes: retires ? "Yes, retire it" : "Yes, propose it", yesID: "confirm-retire",
                back: (retires ? RepairScreen.asked : .askedOfMe).path)
        }
        confirm(Post.area(.archive)) { state, _, id in
            guard let area = state.activeAreas.first(where: { $0.id == id }) else { throw TrellisError.notFound }
            return ConfirmationView(
                question: "Archive this area?", subject: area.name,
                consequence:
                    "It leaves your lists for both of you, with everything in it kept. You can restore it later.",
                action: Post.area(.archive)(id), yes: "Yes, archive it",
                yesID: "confirm-archive", back: Page.areas().description)
        }
        confirm(Post.shareHurt) { state, viewer, id in
            guard let hurt = state.repair.hurts.first(where: { $0.id == id && $0.author == viewer }),
                hurt.visibility == .private
            else { throw TrellisError.notFound }
            return Self.sharing(
                hurt.what, with: state.partner(of: viewer), action: Post.shareHurt(id),
                back: RepairScreen.area(hurt.area).path)
        }
        confirm(Post.shareEntry) { state, viewer, id in
            guard let entry = state.integrity.entries.first(where: { $0.id == id && $0.author == viewer }),
                entry.visibility == .private
            else { throw TrellisError.notFound }
            return Self.sharing(
                entry.text, with: state.partner(of: viewer),
                action: Post.shareEntry(id), back: Page.integrity().description)
        }
        confirm(Post.shareCheckIn) { state, viewer, id in
            guard let checkIn = state.checkIns.checkIn(id), checkIn.author == viewer, checkIn.visibility == .private
            else { throw TrellisError.notFound }
            let levels = Sign.allCases.map { "\($0.feeling): \(Sign.levels[checkIn.levels[$0] ?? 0].lowercased())" }
            return Self.sharing(
                ([HumanDay.full(checkIn.day)] + levels + [checkIn.note].compactMap { $0 }).joined(separator: ". "),
                with: state.partner(of: viewer), action: Post.shareCheckIn(id),
                back: Page.signs().description)
        }
        confirm(Post.window(.share)) { state, viewer, id in
            guard let reflection = state.windows.window(id)?.reflections[viewer], reflection.visibility == .private
            else { throw TrellisError.notFound }
            return Self.sharing(
                reflection.text, with: state.partner(of: viewer), action: Post.window(.share)(id),
                back: Page.window().description)
        }
        confirm(Post.rupture(.share)) { state, viewer, id in
            guard let rupture = state.ruptures.rupture(id), rupture.author == viewer, rupture.visibility == .private
            else { throw TrellisError.notFound }
            return Self.sharing(
                rupture.what, with: state.partner(of: viewer), action: Post.rupture(.share)(id),
                back: Page.ruptures().description)
        }

        /// The confirmation page, at the address of the step it confirms.
        func confirm<Target>(
            _ step: FormAction<Target>,
            _ confirmation: @escaping @Sendable (CoupleState, MemberID, Target) throws -> ConfirmationView
        ) {
            router.get(step.route) { request, context in
                let visit = try context.pageVisit()
                let account = try context.caller()
                guard let state = try await couples.ownState(of: account) else { return visit.redirect(to: .home()) }
                let view = try confirmation(state, account.id, try step.target(in: context.parameters))
                return visit.page(view.html(visit.forms(returning: nil, back: view.back)))
            }
        }
    }

    /// "Share this with Sam? Sam can read it from now on."
    private static func sharing(_ text: String, with partner: Member?, action: PostAddress, back: String)
        -> ConfirmationView
    {
        let name = partner?.name
        return ConfirmationView(
            question: "Share this with \(name ?? "your partner")?", subject: text,
            consequence: "\(name ?? "Your partner") can read it from now on. Sharing cannot be undone.", action: action,
            yes: "Yes, share it", yesID: "confirm-share", back: back)
    }
}
