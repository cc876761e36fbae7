/// Where one member stands on trusting their partner in one area. A switch that was never set is
/// not off: that member has not decided yet, and every page says so in the same words, so she
/// never appears to distrust him where she has simply not looked yet.
public enum SwitchPosition: Sendable, Equatable {
    case undecided, on, off

    public init(_ trustSwitch: TrustSwitch?) {
        guard let trustSwitch else {
            self = .undecided
            return
        }
        self = trustSwitch.isOn ? .on : .off
    }

    /// As a label: "on", "off", "not decided yet".
    public var word: String {
        switch self {
        case .undecided: "not decided yet"
        case .on: "on"
        case .off: "off"
        }
    }

    /// A sentence about the viewer's own switch ("you") or their partner's (by name).
    public func sentence(of name: String?) -> String {
        switch (self, name) {
        case (.undecided, nil): "You have not decided yet."
        case (.undecided, let name?): "\(name) has not decided yet."
        case (.on, nil): "Your switch is on."
        case (.on, let name?): "\(name)'s switch is on."
        case (.off, nil): "Your switch is off."
        case (.off, let name?): "\(name)'s switch is off."
        }
    }
}
