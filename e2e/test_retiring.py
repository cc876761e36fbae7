"""Retiring a clear action, both ways, in two phone browsers.

Alice asks Bob for two actions. She retires one herself (Retire... -> Yes, retire it); Bob
proposes retiring the other (Propose retiring... -> Yes, propose it), and Alice agrees from her
own list. Each confirmation must lead back to the list with the action retired, never to "This
page is not here" (the confirmation page once took the step's address in the router).
"""

import json

from selenium.webdriver.support.ui import Select

from harness import E2ETestCase, click_and_wait, describe, find, is_present, reveal, texts

AREA = "Reliability"
OWN = "Text me when you leave the gym"
PROPOSED = "Call me when the train is late"


def action_css(list_id, what):
    return f"#{list_id} li.action[data-what={json.dumps(what)}]"


class RetiringTest(E2ETestCase):

    def ask(self, alice, what):
        alice.get(self.server.url("/repair/asked"))
        Select(reveal(alice, "#request-action-form select[name='area']")).select_by_visible_text(AREA)
        box = reveal(alice, "#request-action-form #action-what")
        box.send_keys(what)
        Select(reveal(alice, "#request-action-form select[name='cadence']")).select_by_value("daily")
        click_and_wait(alice, "#request-action-form #request-action")

    def confirm(self, driver, item, yes_id, step):
        click_and_wait(driver, f"{item} a.retire-action")
        self.assertFalse(is_present(driver, ".not-found"), f"{step}: no confirmation page" + describe(driver))
        click_and_wait(driver, f"#{yes_id}")
        self.assertNotIn("not here", driver.title.lower() + find(driver, "main").text.lower(),
                         f"{step}: the confirmed step answered 'not here'" + describe(driver))
        self.assertFalse(is_present(driver, ".error"), f"{step}: {texts(driver, '.error')}" + describe(driver))
        find(driver, "#logout")  # still signed in, the header says so

    def assert_retired(self, driver, item):
        """The list says so, and the action leaves it (its history stays in the record)."""
        self.assertIn("Retired", find(driver, "#confirmation").text, describe(driver))
        self.assertFalse(is_present(driver, item), "a retired action leaves the list" + describe(driver))

    def test_retiring_an_action_both_ways(self):
        alice, bob = self.paired_browsers()
        self.ask(alice, OWN)
        self.ask(alice, PROPOSED)
        bob.get(self.server.url("/repair/asked-of-me"))
        click_and_wait(bob, f"{action_css('asked-of-me', PROPOSED)} .accept-action")

        # Alice retires her own request.
        alice.get(self.server.url("/repair/asked"))
        self.confirm(alice, action_css("asked", OWN), "confirm-retire", "Alice retires")
        self.assert_retired(alice, action_css("asked", OWN))

        # Bob proposes retiring the other; Alice agrees.
        bob.get(self.server.url("/repair/asked-of-me"))
        self.confirm(bob, action_css("asked-of-me", PROPOSED), "confirm-retire", "Bob proposes retiring")
        self.assertFalse(is_present(bob, f"{action_css('asked-of-me', PROPOSED)} a.retire-action"),
                         "a proposal is made once" + describe(bob))
        alice.get(self.server.url("/repair/asked"))
        item = action_css("asked", PROPOSED)
        self.assertIn("proposes retiring", find(alice, item).text, describe(alice))
        self.confirm(alice, item, "confirm-retire", "Alice agrees to retire")
        self.assert_retired(alice, item)
        bob.get(self.server.url("/repair/asked-of-me"))
        self.assertFalse(is_present(bob, action_css("asked-of-me", PROPOSED)), describe(bob))
