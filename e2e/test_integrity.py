"""My integrity in two phone browsers: private practices, a shared noticing, feedback with a pause.

Bob (the rebuilding partner) keeps an evening journal entry, a sliding-door moment and a noticed
sign. The journal and the sliding-door moment stay private: Alice's pages must never hold them.
He shares the noticing, which then reaches Alice. Alice gives him feedback; he can only reply
after pausing (3 seconds, from his settings), naming back one true thing, which Alice marks.
"""

import time
import unittest
import uuid

from selenium.common.exceptions import WebDriverException
from selenium.webdriver.common.by import By

from harness import (E2ETestCase, assert_fits_phone, click_and_wait, describe, find, is_present,
                     reveal, texts, url_path, wait_for_path, wait_until)

PAUSE_SECONDS = 3
REPLY_OPENS_WITHIN = 15  # seconds after the pause begins, including the page's own refresh
RECEIVED = "#feedback-to-me li.feedback-received"
GIVEN = "#feedback-from-me li.feedback-given"


def type_into(driver, css, text):
    box = reveal(driver, css)
    box.clear()
    box.send_keys(text)


def wait_for_text(driver, css, expected):
    """Waits until the element at `css` contains `expected` in its text; returns that text."""
    def check(d):
        found = d.find_elements(By.CSS_SELECTOR, css)
        return found[0].text if found and expected in found[0].text else False
    return wait_until(driver, check, f"{css!r} to contain {expected!r}")


class IntegrityTest(E2ETestCase):

    def setUp(self):
        tag = uuid.uuid4().hex[:8]
        self.journal = f"PRIVATE-JOURNAL-{tag} I made tea for her without being asked"
        self.sliding = f"PRIVATE-SLIDING-{tag} I looked at my phone when she told me about work"
        self.noticing = f"NOTICING-{tag} she laughed at my joke at dinner"
        self.feedback = f"FEEDBACK-{tag} When you check your phone mid-sentence I feel dismissed"
        self.reflection = f"REFLECTION-{tag} You want my full attention when you talk to me"

    # ---- helpers ----

    def open_integrity(self, driver):
        driver.get(self.server.url("/integrity"))
        wait_for_path(driver, "/integrity")
        find(driver, "#feedback")

    def submit(self, driver, css, step):
        """Presses a form button and fails with the page's own words if it shows an error."""
        click_and_wait(driver, css)
        if is_present(driver, ".error"):
            self.fail(f"{step}: the page shows an error {texts(driver, '.error')}"
                      + describe(driver))

    def assert_absent(self, driver, secrets, where):
        source = driver.page_source
        for secret in secrets:
            self.assertNotIn(secret, source,
                             f"{where}: Alice's page source contains Bob's text {secret!r}"
                             + describe(driver))
            marker = secret.split()[0]  # e.g. PRIVATE-JOURNAL-1a2b3c4d, in case text were reworded
            self.assertNotIn(marker, source,
                             f"{where}: Alice's page source contains the marker {marker!r}"
                             + describe(driver))

    def assert_alice_pages_hide(self, alice, secrets, when):
        for path in ("/integrity", "/repair", "/home"):
            alice.get(self.server.url(path))
            wait_for_path(alice, path)
            find(alice, "h1")
            self.assert_absent(alice, secrets, f"{when}, Alice's {path}")

    def wait_for_reply_form(self, bob):
        """Waits for .name-it-back, which the page's own script should bring in place.

        Reloads by hand once if the page has not opened the reply a few seconds after the pause
        should have ended. Returns True if the page opened it by itself.
        """
        start = time.monotonic()
        reloaded = False
        while time.monotonic() - start < REPLY_OPENS_WITHIN:
            try:
                if bob.find_elements(By.CSS_SELECTOR, f"{RECEIVED} .name-it-back"):
                    return not reloaded
            except WebDriverException:
                pass  # the page is mid-reload
            if not reloaded and time.monotonic() - start > PAUSE_SECONDS + 5:
                bob.refresh()
                reloaded = True
            time.sleep(0.25)
        raise AssertionError(f".name-it-back did not appear within {REPLY_OPENS_WITHIN}s of "
                             f"beginning a {PAUSE_SECONDS}s pause (reloaded by hand: {reloaded})"
                             + describe(bob))

    # ---- the scenario ----

    def test_integrity_between_two_phones(self):
        alice, bob = self.paired_browsers()

        # Bob sets his feedback pause to 3 seconds.
        bob.get(self.server.url("/settings"))
        wait_for_path(bob, "/settings")
        assert_fits_phone(bob)
        find(bob, "#time-zone")
        find(bob, "#evening-hour")
        type_into(bob, "#pause-seconds", str(PAUSE_SECONDS))
        self.submit(bob, "#save-settings", "Bob saves a 3 second pause")
        wait_for_path(bob, "/settings")
        self.assertEqual(find(bob, "#pause-seconds").get_attribute("value"), str(PAUSE_SECONDS),
                         "after saving, /settings should show the 3 second pause" + describe(bob))

        # Bob reaches /integrity from /home and writes tonight's journal entry.
        bob.get(self.server.url("/home"))
        click_and_wait(bob, "#nav-integrity")
        wait_for_path(bob, "/integrity")
        assert_fits_phone(bob)
        type_into(bob, "#journal-text", self.journal)
        self.submit(bob, "#write-journal", "Bob writes his journal entry")
        wait_for_path(bob, "/integrity")
        wait_for_text(bob, "#journal-today", self.journal)

        # A second entry for tonight is not offered: only editing.
        find(bob, "#edit-journal")
        self.assertFalse(is_present(bob, "#write-journal"),
                         "with tonight's entry written, #write-journal should be gone"
                         + describe(bob))
        self.assertFalse(is_present(bob, "#journal-text"),
                         "with tonight's entry written, the new-entry #journal-text should be gone"
                         + describe(bob))
        wait_for_text(bob, "#journal-entries", self.journal)

        # A sliding-door moment, turning away.
        type_into(bob, "#sliding-what", self.sliding)
        away = reveal(bob, "input[type='radio'][name='direction'][value='away']")
        away.click()
        self.assertTrue(away.is_selected(), "the 'away' radio should be chosen" + describe(bob))
        self.submit(bob, "#record-sliding-door", "Bob records a sliding-door moment")
        moment = wait_for_text(bob, "#my-sliding-doors li.entry", self.sliding)
        self.assertIn("Away:", moment,
                      f"the moment should be recorded as turning away: {moment!r}")

        # A noticed sign, private for now.
        type_into(bob, "#noticing-what", self.noticing)
        self.submit(bob, "#record-noticing", "Bob records a noticing")
        wait_for_text(bob, "#my-noticings li.entry", self.noticing)
        self.assertEqual(find(bob, "#my-noticings li.entry").get_attribute("data-visibility"),
                         "private", "a new noticing should be private" + describe(bob))

        # None of it reaches Alice.
        self.assert_alice_pages_hide(alice, (self.journal, self.sliding, self.noticing),
                                     "before sharing")

        # Bob shares the noticing; now it reaches Alice.
        self.open_integrity(bob)
        click_and_wait(bob, "#my-noticings li.entry .share-entry")
        # Sharing asks first, showing what would be shared.
        self.assertIn(self.noticing, find(bob, "blockquote.subject").text, describe(bob))
        self.submit(bob, "#confirm-share", "Bob shares his noticing")
        find(bob, "#my-noticings li.entry[data-visibility='shared'] .shared-mark")
        self.open_integrity(alice)
        wait_for_text(alice, "#shared-with-me", self.noticing)
        self.assert_absent(alice, (self.journal, self.sliding), "after sharing, Alice's /integrity")

        # Alice gives Bob feedback.
        type_into(alice, "#feedback-text", self.feedback)
        self.submit(alice, "#give-feedback", "Alice gives feedback")
        wait_for_text(alice, f"{GIVEN} .feedback-text", self.feedback)

        # Bob opens it on a screen of its own and begins his pause; the reply form is not there yet.
        self.open_integrity(bob)
        wait_for_text(bob, f"{RECEIVED} .feedback-text", self.feedback)
        self.assertFalse(is_present(bob, f"{RECEIVED} .begin-pause"),
                         "the pause happens on the feedback's own screen" + describe(bob))
        click_and_wait(bob, f"{RECEIVED} .open-feedback")
        self.assertFalse(is_present(bob, "#journal-text") or is_present(bob, "#noticing-what"),
                         "nothing else competes with the feedback on its screen" + describe(bob))
        assert_fits_phone(bob)
        self.assertFalse(is_present(bob, f"{RECEIVED} .name-it-back"),
                         "before pausing, Bob should not be offered .name-it-back" + describe(bob))
        self.submit(bob, f"{RECEIVED} .begin-pause", "Bob begins his pause")
        pausing = find(bob, f"{RECEIVED} .pausing").text
        self.assertTrue(pausing, "the .pausing message is empty" + describe(bob))
        self.assertFalse(is_present(bob, f"{RECEIVED} .name-it-back"),
                         f"while pausing ({pausing!r}) Bob should not be offered .name-it-back"
                         + describe(bob))
        self.assertFalse(is_present(bob, f"{RECEIVED} .reflection-text"),
                         "while pausing Bob should not be offered .reflection-text" + describe(bob))
        self.assertFalse(is_present(bob, "meta[http-equiv='refresh']"),
                         "a page that reloads by itself loses what is being typed" + describe(bob))
        find(bob, f"{RECEIVED} .pause-countdown")
        self.assertTrue(is_present(bob, f"{RECEIVED} a.pause-done"), "a link works without the script")
        # The reply opens in place, never by reloading the page.
        bob.execute_script("window.__stillThisPage = true;")

        # He waits out the pause; the page opens the reply by itself, in place.
        opened_by_itself = self.wait_for_reply_form(bob)
        self.assertTrue(opened_by_itself,
                        "the reply opened only after a manual reload, not by the page's own script"
                        + describe(bob))
        self.assertTrue(bob.execute_script("return window.__stillThisPage === true;"),
                        "the page reloaded to open the reply" + describe(bob))
        self.assertFalse(is_present(bob, f"{RECEIVED} .pausing"),
                         "with the reply open, .pausing should be gone" + describe(bob))
        type_into(bob, f"{RECEIVED} .reflection-text", self.reflection)
        self.submit(bob, f"{RECEIVED} .name-it-back", "Bob names it back")
        self.assertEqual(url_path(bob.current_url), "/integrity", "back to where he opened it from")
        wait_for_text(bob, f"{RECEIVED} .reflection", self.reflection)

        # Alice sees what he heard and says it landed.
        self.open_integrity(alice)
        wait_for_text(alice, f"{GIVEN} .reflection", self.reflection)
        self.submit(alice, f"{GIVEN} .mark-landed", "Alice marks it landed")
        wait_for_text(alice, f"{GIVEN} .marked", "yes, that's it")
        self.assertFalse(is_present(alice, f"{GIVEN} .mark-landed"),
                         "after marking, .mark-landed should be gone" + describe(alice))

        # Bob sees her answer.
        self.open_integrity(bob)
        wait_for_text(bob, RECEIVED, "Your partner: yes, that's it.")

        # Last look: only Bob's own pages hold his private journal and sliding-door moment.
        self.assert_alice_pages_hide(alice, (self.journal, self.sliding), "at the end")
        self.open_integrity(bob)
        source = bob.page_source
        for text in (self.journal, self.sliding, self.noticing):
            self.assertIn(text, source,
                          f"Bob's own /integrity should still show {text!r}" + describe(bob))
        find(bob, "#journal-today")
        find(bob, "#edit-journal")
        self.assertFalse(is_present(bob, "#write-journal"),
                         "Bob should still not be offered a second journal entry" + describe(bob))


if __name__ == "__main__":
    unittest.main()
