import Hummingbird
import TrellisCore
import TrellisLanguage

/// "What keeps Trellis private on a phone, and what does not": each protection in plain words, and
/// the limits none of them can pass. Open to anyone, signed in or not, so it can be read before
/// signing up.
struct PrivacyHelpPage {
    static let path = "/help/privacy"

    func register(on router: some RouterMethods<TrellisRequestContext>) {
        router.get(RouterPath(Self.path)) { _, context in
            try context.pageVisit().page(Self.content)
        }
    }

    static var content: HTML {
        """
        <h1>\(say("common.privacy.title"))</h1>
        <p>\(say("common.privacy.lead"))</p>
        <h2 id="help-lock">\(say("common.privacy.lockTitle"))</h2>
        <p>\(say("common.privacy.lock"))</p>
        <p class="note">\(say("common.privacy.lockLimit"))</p>
        <h2 id="help-quick-exit">\(say("common.privacy.quickExitTitle"))</h2>
        <p>\(say("common.privacy.quickExit"))</p>
        <p class="note">\(say("common.privacy.quickExitLimit"))</p>
        <h2 id="help-discreet">\(say("common.privacy.discreetTitle"))</h2>
        <p>\(say("common.privacy.discreet"))</p>
        <p class="note">\(say("common.privacy.discreetLimit"))</p>
        <h2 id="help-recovery">\(say("common.privacy.recoveryTitle"))</h2>
        <p>\(say("common.privacy.recovery"))</p>
        <p class="note">\(say("common.privacy.recoveryLimit"))</p>
        <h2 id="help-limits">\(say("common.privacy.limitsTitle"))</h2>
        <ul>
        <li>\(say("common.privacy.limitSpyware"))</li>
        <li>\(say("common.privacy.limitKnows"))</li>
        <li>\(say("common.privacy.limitScreenshot"))</li>
        </ul>
        <p>\(say("common.privacy.unsafe"))</p>
        """
    }
}
