extension CoupleState {
    /// Whether `truster` has asked anything of `doer` yet: a clear action, one of the two
    /// questions, or a safe behaviour. Until then the pyramid in that direction measures nothing
    /// of `doer`: nothing was asked of them, and no page may say they fall short.
    public func hasAsked(_ truster: MemberID, of doer: MemberID) -> Bool {
        repair.actions.contains { $0.asker == truster && $0.doer == doer }
            || repair.questions.contains { $0.asker == truster }
            || safeBehaviours.behaviours.contains { $0.truster == truster && $0.doer == doer }
    }
}
