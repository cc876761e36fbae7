import Hummingbird

/// The steps one thing takes by form, each at its own address under the thing's ("accept" in
/// `/grants/{grantId}/accept`). Registered one route per name, never as a `{step}` parameter:
/// Hummingbird's router prefers a fixed segment to a parameter and does not look back, so a page
/// at one step's address (its confirmation) would otherwise hide the step itself.
protocol StepName: RawRepresentable<String>, CaseIterable, Sendable {}

extension RouterMethods {
    /// Registers `handle` for a post to each name's address, as `post(_:use:)` does for one.
    func post<Name: StepName, Target>(
        each actions: (Name) -> FormAction<Target>,
        use handle: @escaping @Sendable (Name, Target, Request, Context) async throws -> Response
    ) {
        for name in Name.allCases {
            post(actions(name)) { target, request, context in try await handle(name, target, request, context) }
        }
    }
}
