import Hummingbird
import TrellisCore
import TrellisLanguage
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
                question: retires
                    ? say("common.confirm.retire.question") : say("common.confirm.retire.proposeQuestion"),
                subject: action.what,
                consequence: retires
                    ? say("common.confirm.retire.consequence") : say("common.confirm.retire.proposeConsequence"),
                action: Post.action(.retire)(id),
                yes: retires ? say("common.confirm.retire.yes") : say("common.confirm.retire.proposeYes"),
                yesID: "confirm-retire",
                back: (retires ? RepairScreen.asked : .askedOfMe).path)
        }
        confirm(Post.area(.archive)) { state, _, id in
            guard let area = state.activeAreas.first(where: { $0.id == id }) else { throw TrellisError.notFound }
            return ConfirmationView(
                question: say("common.confirm.archive.question"), subject: area.name,
                consequence: say("common.confirm.archive.consequence"),
                action: Post.area(.archive)(id), yes: say("common.confirm.archive.yes"),
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
            let levels = Sign.allCases.map { "\($0.feeling): \(Sign.levelsInSentence[checkIn.levels[$0] ?? 0])" }
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
        let question: String
        let consequence: String
        if let name = partner?.name {
            question = say("common.confirm.share.question", ["name": name])
            consequence = say("common.confirm.share.consequence", ["name": name])
        } else {
            question = say("common.confirm.share.questionNoPartner")
            consequence = say("common.confirm.share.consequenceNoPartner")
        }
        return ConfirmationView(
            question: question, subject: text, consequence: consequence, action: action,
            yes: say("common.confirm.share.yes"), yesID: "confirm-share", back: back)
    }
}
