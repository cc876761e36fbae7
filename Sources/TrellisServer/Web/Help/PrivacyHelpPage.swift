import Hummingbird
import TrellisCore

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

    static let content: HTML = """
        <h1>What keeps Trellis private on a phone</h1>
        <p>Trellis keeps what you write sealed on the server, and what is private stays yours: your partner \
        never sees it unless you share it. A phone others can pick up needs a little more; here is what each \
        protection does, and what it does not.</p>
        <h2 id="help-lock">The lock</h2>
        <p>After the time you choose for a device (five minutes unless you change it) without use, Trellis shows \
        nothing but the lock until you give your lock code or your password. The server checks it, not the page, \
        and guessing the code slows down after a few tries; your password always opens it, so no one can lock \
        you out. Your journal, urges, signs and private fears can ask again even while the rest is open.</p>
        <p class="note">It does not protect against someone who knows your code or your password, or a page \
        you are looking at while someone watches.</p>
        <h2 id="help-quick-exit">The quick exit</h2>
        <p>At the top of every page, or Escape three times: the screen empties, an everyday search page opens, \
        and this device locks (or, with no lock chosen, logs out). Back, a reload or a reopened tab then shows \
        the lock, not your home.</p>
        <p class="note">It does not clear the browser's history (the address of Trellis can still be in it), \
        and it cannot undo what someone watching already saw.</p>
        <h2 id="help-discreet">Discreet mode</h2>
        <p>A plain name and icon (Notes, Lists or Daily) in place of Trellis, for the tab, the installed app, \
        mail and reminders; calendar events are titled only "Reminder", with the words kept inside Trellis.</p>
        <p class="note">It does not hide Trellis from someone who opens it, looks at the address, or reads \
        your mailbox's sender address.</p>
        <h2 id="help-recovery">The recovery code</h2>
        <p>The code you were given at sign-up is the only thing besides your password that opens your private \
        entries. If your password is reset, your private entries wait, sealed, until you give it.</p>
        <p class="note">Keep it somewhere only you can reach: whoever has it and can log in as you can open \
        them.</p>
        <h2 id="help-limits">What none of them protects against</h2>
        <ul>
        <li>A phone with something installed to watch it (spyware, a shared account's backups, a \
        screen recorder).</li>
        <li>Someone who knows your lock code or your password.</li>
        <li>A screenshot or photo of the screen, by you or anyone.</li>
        </ul>
        <p>If you are not safe, a local support line can help you plan; you can also leave your couple at any \
        time, and take a copy of what was yours.</p>
        """
}
