import Hummingbird

/// The one stylesheet, served from our own origin so the Content-Security-Policy can forbid all others.
enum Stylesheet {
    static func register(on router: some RouterMethods<TrellisRequestContext>) {
        StaticAsset.serve("/assets/trellis.css", type: "text/css; charset=utf-8", css, on: router)
    }

    static let css = """
        /* One accent (calm teal) on warm neutrals; the phone's dark mode gets the same, for the
           evening. Every pair of text and background keeps AA contrast in both. */
        :root { color-scheme: light dark;
                --ink: #22292b; --calm: #2f6f6a; --link: #2a635e; --soft: #f1eee8; --bg: #fbf9f6;
                --warn: #8a3b2e; --quiet: #505c5e; --field: #ffffff; --field-line: #7a8f8f; --line: #d6d2c8;
                --confirm: #e3f0ea; --notice: #fbf0dc; --error: #fbeeea; --breath: #cfe3dc; --on-calm: #ffffff; }
        @media (prefers-color-scheme: dark) {
          :root { --ink: #e6ebe9; --link: #8fd0c6; --soft: #20292a; --bg: #141a1b; --warn: #f2a994;
                  --quiet: #aab7b5; --field: #1a2223; --field-line: #6f8786; --line: #3a4546;
                  --confirm: #1b3430; --notice: #3a3020; --error: #3b2320; --breath: #2c4a45; }
        }
        * { box-sizing: border-box; }
        [hidden] { display: none !important; }
        body { margin: 0; font: 17px/1.55 system-ui, sans-serif; color: var(--ink); background: var(--bg); }
        a { color: var(--link); }
        h1 { font-size: 1.9rem; line-height: 1.2; margin: 1rem 0 .75rem; }
        h2 { font-size: 1.35rem; line-height: 1.3; margin: 1.75rem 0 .5rem; }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .4rem; }
        header { display: flex; justify-content: space-between; align-items: center; gap: 1rem;
                 padding: .75rem 1rem; background: var(--soft); flex-wrap: wrap; }
        header nav { display: flex; gap: .75rem; align-items: center; }
        .brand { font-weight: 700; color: var(--link); text-decoration: none; }
        .quick-exit-form { display: inline; margin: 0; }
        .quick-exit { display: inline-block; min-height: 44px; line-height: 44px; padding: 0 .75rem;
                      border-radius: 6px; background: var(--field); color: var(--ink); border: 1px solid var(--quiet); }
        main { max-width: 40rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
        section { margin: 1.5rem 0; }
        label { display: block; margin: .5rem 0; }
        /* Phones zoom into text under 16 px and fingers miss targets under 44 px: neither here. */
        input, textarea, select { display: block; width: 100%; min-height: 44px; padding: .6rem; font: inherit;
                                  border: 1px solid var(--field-line); border-radius: .4rem; background: var(--field);
                                  color: inherit; }
        textarea { min-height: 6rem; resize: vertical; }
        input[type=checkbox], input[type=radio] { display: inline-block; width: 1.5rem; min-height: 0; height: 1.5rem;
                                                  margin: 0 .5rem 0 0; vertical-align: middle; }
        label.check { display: flex; align-items: center; min-height: 44px; }
        fieldset { border: 1px solid var(--line); border-radius: .4rem; margin: .5rem 0; padding: .25rem .75rem; }
        summary { min-height: 44px; padding: .5rem 0; cursor: pointer; color: var(--link); }
        button, .button { display: inline-block; padding: .6rem 1rem; font: inherit; color: var(--on-calm); background: var(--calm);
                          border: 0; border-radius: .4rem; text-decoration: none; cursor: pointer; min-height: 44px; }
        button.quiet { background: #5a6668; }
        button.link { background: none; color: var(--link); padding: 0 .25rem; text-decoration: underline; }
        form.inline { display: inline; }
        form.inline button { margin: .25rem .25rem .25rem 0; }
        .error { padding: .75rem; border-inline-start: 4px solid var(--warn); background: var(--error); }
        .note { color: var(--quiet); }
        ul.areas, ul.members { padding-inline-start: 1.2rem; }
        li.area { margin: .4rem 0; }
        code { font-size: 1.1rem; letter-spacing: .05em; }
        ul.waiting { list-style: none; padding: 0; }
        .waiting-item { background: var(--soft); border-radius: .5rem; padding: .75rem 1rem; margin: .75rem 0; }
        .waiting-item > a { display: block; min-height: 44px; }
        .confirmation { background: var(--confirm); border-radius: .5rem; padding: .75rem 1rem; }
        .notice { background: var(--notice); border-radius: .5rem; padding: .75rem 1rem; }
        .recovery-code { font: 600 1.25rem/1.6 ui-monospace, monospace; letter-spacing: .05em;
            overflow-wrap: anywhere; background: var(--soft); border-radius: .5rem; padding: .75rem 1rem; }
        .quiet-list { color: var(--quiet); }
        ul.screen-list { list-style: none; padding: 0; }
        .screen-list a { display: block; min-height: 44px; padding: .75rem 1rem; margin: .5rem 0; border-radius: .5rem;
                         background: var(--soft); color: var(--ink); text-decoration: none; }
        .screen-list strong { display: block; color: var(--link); }
        .screen-list span { display: block; }
        .screen-list .switches { color: var(--quiet); }
        .screen-list .happening { margin-top: .25rem; }
        svg.switch-timeline, svg.month-days { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
        svg.rupture-timeline, svg.urge-weeks, svg.level-bars, svg.evidence-weeks { display: block; max-width: 100%; height: auto;
                                                               margin: .5rem 0; }
        .timeline-ends { display: flex; justify-content: space-between; color: var(--quiet); margin: 0; }
        svg.week-dots { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
        svg.pyramid-picture { display: block; max-width: 100%; height: auto; margin: .5rem 0; }
        .switch-pictures { margin: .5rem 0; }
        .switch-row { display: flex; align-items: center; gap: .75rem; min-height: 44px; }
        .switch-owner { flex: 0 0 5.5rem; overflow-wrap: anywhere; }
        svg.switch-pair { flex: none; }
        svg.then-and-now { display: block; width: 100%; height: auto; }
        ol.timeline { list-style: none; margin: 0 0 1rem; padding-inline-start: 1rem;
                      border-inline-start: 3px solid var(--quiet); }
        ol.timeline li { position: relative; margin: .5rem 0; }
        ol.timeline li::before { content: ""; position: absolute; inset-inline-start: -1.5rem; top: .45rem;
                                 width: .7rem; height: .7rem; border-radius: 50%; background: var(--link); }
        ol.timeline .when { color: var(--quiet); }
        figure.then-and-now-part { margin: .5rem 0; }
        figure.then-and-now-part figcaption { font-weight: 600; }
        svg.month-days { color: var(--quiet); }
        /* The ways in from home: calm cards, one accent line, not a wall of identical buttons. */
        nav#doors .button { display: block; background: var(--soft); color: var(--ink); border-inline-start: 4px solid var(--calm);
                            font-weight: 600; }
        ul.doors { list-style: none; padding: 0; }
        ul.doors a { display: block; min-height: 44px; padding: .6rem 0; }
        ul.news { list-style: none; padding: 0; }
        li.news-item { padding: .5rem 0; border-bottom: 1px solid var(--line); }
        li.news-item.quiet { color: var(--quiet); font-size: .95rem; }
        li.news-item a { display: inline-block; min-height: 44px; padding: .5rem 0; }
        .rhythm { margin: .25rem 0 .5rem; color: var(--link); }
        ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; color: var(--quiet); }
        ul.legend svg { vertical-align: middle; }
        ul.actions { padding-inline-start: 0; list-style: none; }
        li.action { border-top: 1px solid var(--line); padding: .75rem 0; }
        .new-mark { display: inline-block; padding: 0 .5rem; border-radius: 1rem; background: var(--calm); color: var(--on-calm);
                    font-size: 1rem; }
        .field-error { display: block; margin-top: .25rem; color: var(--warn); }
        .room-left { display: block; font-size: .9rem; }
        .room-left:empty { display: none; }
        [aria-invalid=true] { border: 2px solid var(--warn); }
        .actions .button { margin: .25rem .5rem .25rem 0; }
        a.secret { display: block; padding: .6rem 0; min-height: 44px; }
        a.step { display: inline-block; padding: .6rem 0; min-height: 44px; }
        blockquote.subject { margin: 1rem 0; padding: .75rem 1rem; border-inline-start: 4px solid var(--calm); background: var(--soft); }
        ul.devices, ul.fears { list-style: none; padding: 0; }
        li.fear { background: var(--soft); border-radius: .5rem; padding: .25rem 1rem .75rem; margin: .75rem 0; }
        li.device { background: var(--soft); border-radius: .5rem; padding: .75rem 1rem; margin: .5rem 0; }
        li.device > span { display: block; }
        li.device button { margin-top: .5rem; }
        .paging a { display: inline-block; padding: .6rem 0; margin-inline-end: 1rem; min-height: 44px; }
        .window-question { font-size: 1.35rem; font-weight: 600; padding: 1rem; border-radius: .5rem;
                           background: var(--soft); }
        #remaining { font-size: 1.5rem; font-variant-numeric: tabular-nums; color: var(--link); }
        form.rating-scale { display: grid; grid-template-columns: repeat(6, 1fr); gap: .4rem; }
        form.rating-scale p { grid-column: 1 / -1; margin: 0; }
        button.rating { padding: .6rem 0; background: var(--field); color: var(--ink); border: 1px solid var(--field-line); }
        form.leave { margin-top: 1.5rem; }
        ol.pyramid { list-style: none; padding: 0; }
        ol.pyramid li.level { border-inline-start: 4px solid var(--line); padding: .25rem .75rem; margin: .5rem 0; }
        ol.pyramid li.level.holds { border-inline-start-color: var(--calm); }
        button.rating[aria-pressed=true] { background: var(--calm); color: var(--on-calm); border-color: var(--calm); }
        /* The pause: a circle to breathe with, still for anyone who asked for less motion. */
        .breathe { width: 7rem; height: 7rem; margin: 1rem auto; border-radius: 50%; background: var(--breath);
                   animation: breathe 8s ease-in-out infinite; }
        @keyframes breathe { 0%, 100% { transform: scale(.6); } 50% { transform: scale(1); } }
        @media (prefers-reduced-motion: reduce) { .breathe { animation: none; } }
        /* The export, to read on a phone and to print: each event a short block, its words beside. */
        .export dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 .75rem; margin: .25rem 0 .5rem; }
        .export dt { color: var(--quiet); }
        .export dd { margin: 0; }
        .export ol.export-day { padding-inline-start: 1.25rem; }
        .export time { color: var(--quiet); font-variant-numeric: tabular-nums; }
        /* On paper: only the document, in black on white, no page's controls, no entry split in two. */
        @media print {
          header, .no-print { display: none; }
          body { background: #fff; color: #000; font-size: 11pt; }
          a { color: #000; }
          main { max-width: none; padding: 0; }
          .export li { break-inside: avoid; }
          .export h2, .export h3 { break-after: avoid; }
        }
        """
}
