import TrellisStore

/// A recovery code just made: at sign-up, at the log-in that gave a member from before a key of
/// their own, and when they make a new one. It says plainly what losing it means.
enum RecoveryCodeView {

    static func html(_ code: RecoveryCode, next: String, forms: Forms) -> HTML {
        """
        <h1>Your recovery code</h1>
        <p>What you keep private here (your journal, hurts you keep to yourself, your fears until you \
        share them) is locked with a key of your own: your password opens it, and so do the devices \
        you are signed in on, while you are. Nobody else can read it, not your partner and not \
        whoever runs this Trellis.</p>
        <p class="recovery-code" id="recovery-code">\(code.grouped)</p>
        <p>Write this code down and keep it somewhere safe, away from your phone. If you forget your \
        password, it is the only other way back to your private entries. This page shows it until \
        you say you have kept it; after that, nobody can show it again.</p>
        <p><strong>If you lose both your password and this code, your private entries cannot be \
        opened again, by anyone.</strong> What you share with your partner is not affected.</p>
        \(forms.post(Post.recoveryCodeKept(), """
            \(Forms.hidden("next", next))<button id="recovery-code-kept">I have kept it somewhere safe</button>
            """))
        """
    }
}
