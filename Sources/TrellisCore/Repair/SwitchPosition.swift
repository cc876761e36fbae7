import TrellisLanguage

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
        case .undecided: say("repair.switch.undecided")
        case .on: say("repair.switch.on")
        case .off: say("repair.switch.off")
        }
    }

    /// A sentence about the viewer's own switch ("you") or their partner's (by name).
    public func sentence(of name: String?) -> String {
        switch (self, name) {
        case (.undecided, nil): say("repair.switch.youUndecided")
        case (.undecided, let name?): say("repair.switch.partnerUndecided", ["name": name])
        case (.on, nil): say("repair.switch.yoursOn")
        case (.on, let name?): say("repair.switch.partnersOn", ["name": name])
        case (.off, nil): say("repair.switch.yoursOff")
        case (.off, let name?): say("repair.switch.partnersOff", ["name": name])
        }
    }
}
