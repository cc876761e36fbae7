extension CoupleState {
    /// Whether `member` has taken a step of their own here yet, beyond joining: until they have,
    /// home opens on where to begin. Any first step counts, in repair or in practice, so nothing
    /// assumes who hurt whom.
    public func hasBegun(_ member: MemberID) -> Bool {
        repair.switches.contains { $0.truster == member } || repair.questions.contains { $0.asker == member }
            || repair.actions.contains { $0.asker == member || ($0.doer == member && $0.status != .requested) }
            || integrity.entries.contains { $0.author == member }
            || integrity.feedback.contains { $0.giver == member }
            || safeBehaviours.behaviours.contains { $0.truster == member }
            || windows.windows.contains { $0.asker == member }
    }
}
