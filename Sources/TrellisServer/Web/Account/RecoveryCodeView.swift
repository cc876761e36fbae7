import TrellisLanguage
import TrellisStore

/// A recovery code just made: at sign-up, at the log-in that gave a member from before a key of
/// their own, and when they make a new one. It says plainly what losing it means.
enum RecoveryCodeView {

    static func html(_ code: RecoveryCode, next: String, forms: Forms) -> HTML {
        """
        <h1>\(say("common.recoveryCode.title"))</h1>
        <p>\(say("common.recoveryCode.lead"))</p>
        <p class="recovery-code" id="recovery-code">\(code.grouped)</p>
        <p>\(say("common.recoveryCode.keep"))</p>
        <p><strong>\(say("common.recoveryCode.loseBoth"))</strong> \(say("common.recoveryCode.sharedSafe"))</p>
        \(forms.post(Post.recoveryCodeKept(), """
            \(Forms.hidden("next", next))<button id="recovery-code-kept">\(say("common.recoveryCode.kept"))</button>
            """))
        """
    }
}
