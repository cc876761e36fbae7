"""Repair in two phone browsers: a switch, a private hurt, a question, four clear actions, reports.

Alice is hurt about honesty. Her private hurt must never reach Bob's browser; everything else
she chooses to show (her switch, her answer, the actions she asks for) must.
"""

import json
import unittest
import uuid

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from harness import (E2ETestCase, assert_fits_phone, click_and_wait, describe, find, is_present,
                     reveal, texts, wait_for_path, wait_until)

HONESTY = "section.area-repair[data-area-name='Honesty']"
HONESTY_ROW = "#area-overview li.area-row[data-area-name='Honesty']"
ACTION_FORM = "#request-action-form"

# Four clear daily actions Alice asks of Bob, one of them worded vaguely (it still goes through).
DONE_ACTION = "Text me when you leave work"
MISSED_ACTION = "Call me at lunch"
CLEAR_ACTIONS = [
    ("Honesty", DONE_ACTION),
    ("Reliability", MISSED_ACTION),
    ("Phone and privacy", "Show me your messages with your ex when I ask"),
]
VAGUE_ACTION = ("Honesty", "Always tell me who you are meeting before you go out")
FIFTH_ACTION = ("Honesty", "Send me a photo of dinner when you eat out")


def css_string(value):
    """A double-quoted CSS string (JSON escaping is valid CSS escaping for these texts)."""
    return json.dumps(value)


def action_css(list_id, what):
    return f"#{list_id} li.action[data-what={css_string(what)}]"


def type_into(driver, css, text):
    box = reveal(driver, css)
    box.clear()
    box.send_keys(text)


def text_of(driver, css):
    return find(driver, css).text.strip()


def wait_for_text(driver, css, expected):
    """Waits until the element at `css` contains `expected` in its text; returns that text."""
    def check(d):
        found = d.find_elements(By.CSS_SELECTOR, css)
        return found[0].text if found and expected in found[0].text else False
    return wait_until(driver, check, f"{css!r} to contain {expected!r}")


def attribute(driver, css, name):
    return find(driver, css).get_attribute(name)


class RepairTest(E2ETestCase):

    def setUp(self):
        tag = uuid.uuid4().hex[:8]
        self.hurt_what = f"PRIVATE-HURT-{tag} you lied about where you were on Friday"
        self.hurt_help = f"PRIVATE-HELP-{tag} tell me the truth even when it is awkward"
        self.answer = f"ANSWER-{tag} Tell me where you are going before you leave"

    # ---- helpers ----

    def open_honesty(self, driver):
        """From the overview, as a person would: tap the Honesty row."""
        driver.get(self.server.url("/repair"))
        click_and_wait(driver, f"{HONESTY_ROW} a")
        find(driver, HONESTY)

    def open_list(self, driver, which):
        driver.get(self.server.url(f"/repair/{which}"))
        wait_for_path(driver, f"/repair/{which}")

    def submit(self, driver, css, step):
        """Presses a form button and fails with the page's own words if it shows an error."""
        click_and_wait(driver, css)
        if is_present(driver, ".error"):
            self.fail(f"{step}: the page shows an error {texts(driver, '.error')}"
                      + describe(driver))

    def assert_private_hurt_hidden(self, bob, where):
        source = bob.page_source
        for secret in (self.hurt_what, self.hurt_help):
            self.assertNotIn(secret, source,
                             f"{where}: Bob's page source contains Alice's PRIVATE hurt text "
                             f"{secret!r}" + describe(bob))
        self.assertNotIn(self.hurt_what.split()[0], source,
                         f"{where}: Bob's page source contains the private hurt's marker"
                         + describe(bob))

    def request_action(self, alice, area, what):
        Select(reveal(alice, f"{ACTION_FORM} select[name='area']")).select_by_visible_text(area)
        type_into(alice, f"{ACTION_FORM} #action-what", what)
        Select(reveal(alice, f"{ACTION_FORM} select[name='cadence']")).select_by_value("daily")
        click_and_wait(alice, f"{ACTION_FORM} #request-action")

    # ---- the scenario ----

    def test_repair_between_two_phones(self):
        alice, bob = self.paired_browsers()

        # Alice reaches /repair from the link on /home, opens Honesty and turns her switch off.
        alice.get(self.server.url("/home"))
        click_and_wait(alice, "#nav-repair")
        wait_for_path(alice, "/repair")
        assert_fits_phone(alice)
        click_and_wait(alice, f"{HONESTY_ROW} a")
        assert_fits_phone(alice)
        find(alice, HONESTY)
        self.assertEqual(text_of(alice, f"{HONESTY} .my-switch"), "not decided yet",
                         "Alice's Honesty switch should start 'not decided yet'" + describe(alice))
        self.submit(alice, f"{HONESTY} .switch-off", "Alice turns Honesty off")
        self.assertIn("Your switch is off", text_of(alice, "#confirmation"), describe(alice))
        self.assertEqual(text_of(alice, f"{HONESTY} .my-switch"), "off",
                         "Alice's Honesty switch should read 'off' after .switch-off"
                         + describe(alice))
        self.assertFalse(is_present(alice, f"{HONESTY} .switch-off"),
                         "an 'off' switch should offer only .switch-on" + describe(alice))
        find(alice, f"{HONESTY} .switch-on")

        # She records a private hurt (private is the default).
        type_into(alice, f"{HONESTY} textarea[name='what']", self.hurt_what)
        type_into(alice, f"{HONESTY} textarea[name='help']", self.hurt_help)
        private_choice = Select(reveal(alice, f"{HONESTY} select[name='private']"))
        self.assertEqual(private_choice.first_selected_option.get_attribute("value"), "yes",
                         "the hurt form should keep a hurt private by default" + describe(alice))
        self.submit(alice, f"{HONESTY} .record-hurt", "Alice records a private hurt")
        hurt = wait_for_text(alice, f"{HONESTY} li.hurt[data-visibility='private']",
                             self.hurt_what)
        self.assertIn(self.hurt_help, hurt, "Alice's private hurt should show what would help")
        find(alice, f"{HONESTY} li.hurt[data-visibility='private'] .share-hurt")

        # Bob sees the switch is off (the overview says so), but nothing of the private hurt.
        bob.get(self.server.url("/home"))
        click_and_wait(bob, "#nav-repair")
        wait_for_path(bob, "/repair")
        assert_fits_phone(bob)
        self.assertIn("Alice's switch is off", text_of(bob, HONESTY_ROW), describe(bob))
        self.assert_private_hurt_hidden(bob, "Bob's /repair overview")
        click_and_wait(bob, f"{HONESTY_ROW} a")
        self.assertEqual(text_of(bob, f"{HONESTY} .partner-switch"), "off",
                         "Bob should see Alice's Honesty switch as 'off'" + describe(bob))
        self.assertFalse(is_present(bob, f"{HONESTY} li.hurt"),
                         f"Bob should see no hurt in Honesty, sees "
                         f"{texts(bob, HONESTY + ' li.hurt')}")
        self.assert_private_hurt_hidden(bob, "Bob's first look at Honesty")

        # He asks what he can do.
        self.submit(bob, f"{HONESTY} .ask-what-can-i-do", "Bob asks what he can do")
        find(bob, f"{HONESTY} li.question[data-kind='whatCanIDo']")
        self.assertFalse(is_present(bob, f"{HONESTY} .ask-what-can-i-do"),
                         "with his question open Bob should not be offered another"
                         + describe(bob))
        self.assert_private_hurt_hidden(bob, "after Bob asked")

        # Alice reloads, sees the question and answers it.
        alice.refresh()
        question = f"{HONESTY} li.question[data-kind='whatCanIDo']"
        find(alice, question)
        type_into(alice, f"{question} textarea[name='answer']", self.answer)
        self.submit(alice, f"{question} .answer-question", "Alice answers Bob's question")
        wait_for_text(alice, f"{question} p.answer", self.answer)

        # Bob sees the answer.
        bob.refresh()
        wait_for_text(bob, f"{question} p.answer", self.answer)
        self.assert_private_hurt_hidden(bob, "Bob reading the answer")

        # Alice asks for four daily actions; the vague one gets wording notes but goes through.
        self.open_list(alice, "asked")
        for area, what in CLEAR_ACTIONS[:2] + [VAGUE_ACTION] + CLEAR_ACTIONS[2:]:
            self.request_action(alice, area, what)
            if is_present(alice, ".error"):
                self.fail(f"requesting {what!r}: the page shows an error {texts(alice, '.error')}"
                          + describe(alice))
            notes = [t for t in texts(alice, ".wording-notes li") if t]
            if (area, what) == VAGUE_ACTION:
                self.assertTrue(notes, f"vague request {what!r} should show .wording-notes"
                                + describe(alice))
                self.assertTrue(any("always" in n.lower() for n in notes),
                                f"wording notes {notes} should point at 'always'")
            else:
                self.assertFalse(notes, f"clear request {what!r} got wording notes {notes}")
            self.assertEqual(text_of(alice, "#confirmation"), "Sent to Bob to read and agree.")
            self.open_list(alice, "asked")
            self.assertEqual(attribute(alice, action_css("asked", what), "data-status"),
                             "requested", f"{what!r} should be in Alice's #asked as requested")

        # A fifth is refused with the explanation.
        self.request_action(alice, *FIFTH_ACTION)
        error = find(alice, ".error")
        self.assertIn("four", error.text.lower(),
                      f"the refusal of a fifth action should explain the four: {error.text!r}")
        self.assertEqual(error.get_attribute("role"), "alert",
                         "the refusal should be announced (role=alert)")
        self.assertEqual(attribute(alice, "#action-what", "value"), FIFTH_ACTION[1],
                         "the refused fifth action's words should be kept" + describe(alice))
        self.open_list(alice, "asked")
        self.assertFalse(is_present(alice, action_css("asked", FIFTH_ACTION[1])),
                         "the refused fifth action appears in #asked" + describe(alice))
        self.assertEqual(len(alice.find_elements(By.CSS_SELECTOR, "#asked li.action")), 4,
                         f"#asked should list 4 actions: {texts(alice, '#asked li.action')}")

        # Bob accepts all four, reports one done and another missed today.
        self.open_list(bob, "asked-of-me")
        for _, what in CLEAR_ACTIONS + [VAGUE_ACTION]:
            item = action_css("asked-of-me", what)
            self.assertEqual(attribute(bob, item, "data-status"), "requested",
                             f"Bob should see {what!r} as requested")
            self.submit(bob, f"{item} .accept-action", f"Bob accepts {what!r}")
            self.assertEqual(attribute(bob, item, "data-status"), "active",
                             f"{what!r} should be active after Bob accepts" + describe(bob))
        self.submit(bob, f"{action_css('asked-of-me', DONE_ACTION)} button.report-done",
                    "Bob reports done")
        # Each action shows its weeks as a picture with words; the days themselves fold away.
        find(bob, f"{action_css('asked-of-me', DONE_ACTION)} svg.week-dots")
        reveal(bob, f"{action_css('asked-of-me', DONE_ACTION)} li.occurrence[data-state='done']")
        self.submit(bob, f"{action_css('asked-of-me', MISSED_ACTION)} button.report-missed",
                    "Bob reports missed")
        reveal(bob, f"{action_css('asked-of-me', MISSED_ACTION)} li.occurrence[data-state='missed']")
        self.assert_private_hurt_hidden(bob, "after Bob's reports")

        # Alice acknowledges the done one...
        self.open_list(alice, "asked")
        done = action_css("asked", DONE_ACTION)
        done_occurrence = f"{done} li.occurrence[data-state='done']"
        find(alice, done_occurrence)
        type_into(alice, f"{done_occurrence} input[name='word']", "Thank you for texting")
        self.submit(alice, f"{done_occurrence} .acknowledge", "Alice acknowledges")
        self.assertIn("You noticed", reveal(alice, done_occurrence).text, describe(alice))
        self.assertFalse(is_present(alice, f"{done} .acknowledge"),
                         "after acknowledging, .acknowledge should be gone" + describe(alice))

        # ...her word reaches Bob, the one who did it...
        self.open_list(bob, "asked-of-me")
        wait_for_text(bob, action_css("asked-of-me", DONE_ACTION) + " li.occurrence[data-state='done']",
                      "Thank you for texting")

        # ...and for the missed one, behind a quiet link, a repair reminder with a calm note form.
        missed = action_css("asked", MISSED_ACTION)
        reveal(alice, f"{missed} li.occurrence[data-state='missed']")
        reminder = reveal(alice, f"{missed} .repair-reminder").text.strip()
        self.assertTrue(reminder, "the .repair-reminder for the missed action is empty")
        find(alice, f"{missed} .send-note")

        # Last look at both pages: only Alice's holds her private hurt.
        self.open_honesty(alice)
        self.assertIn(self.hurt_what, alice.page_source,
                      "Alice's own Honesty screen should still show her private hurt")
        self.open_honesty(bob)
        self.assert_private_hurt_hidden(bob, "Bob's final Honesty screen")
        bob.get(self.server.url("/home"))
        self.assert_private_hurt_hidden(bob, "Bob's final /home")


if __name__ == "__main__":
    unittest.main()
