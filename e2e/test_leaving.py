"""Leaving safely in real browsers: the export (readable and as JSON that matches its schema),
closing an account while the partner keeps the shared record, and the quick exit."""

import json
import os
import unittest

import jsonschema
import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from harness import (PASSWORD, REPO_ROOT, E2ETestCase, assert_fits_phone, click_and_wait, find,
                     fill_signup, texts, unique_email, wait_for_path, wait_until)


def write_journal(driver, server, text):
    driver.get(server.url("/integrity"))
    box = find(driver, "#journal-text")
    box.send_keys(text)
    click_and_wait(driver, "#write-journal")


def export_schema():
    """The MemberExport schema from openapi.yaml, resolvable on its own."""
    with open(os.path.join(REPO_ROOT, "openapi.yaml"), encoding="utf-8") as spec:
        components = yaml.safe_load(spec)["components"]
    return {"$ref": "#/components/schemas/MemberExport", "components": components}


class LeavingTest(E2ETestCase):

    def test_each_partner_exports_the_shared_record_and_only_their_own_private_words(self):
        alice, bob = self.paired_browsers()
        write_journal(alice, self.server, "Aubergine evening, kept to myself")
        write_journal(bob, self.server, "Blackcurrant evening, kept to myself")

        alice.get(self.server.url("/settings"))
        click_and_wait(alice, "#read-export")
        assert_fits_phone(alice)
        page = find(alice, "article.export").text
        self.assertIn("Aubergine evening", page)
        self.assertNotIn("Blackcurrant", page, "Bob's private journal reached Alice's export")
        self.assertIn("Journal written", page)

        body = alice.execute_async_script(
            "const done = arguments[0];"
            "fetch('/settings/export.json').then(r => r.text()).then(done);")
        self.assertNotIn("Blackcurrant", body)
        export = json.loads(body)
        jsonschema.Draft202012Validator(export_schema()).validate(export)
        kinds = [event["kind"] for event in export["couple"]["events"]]
        self.assertIn("journalWritten", kinds)
        self.assertEqual([m["name"] for m in export["couple"]["members"] if m["isMe"]], ["Alice"])

    def test_closing_an_account_leaves_the_shared_record_with_a_former_partner(self):
        alice, bob = self.paired_browsers()
        bob_email = unique_email("bob-again")
        # Bob takes a new email first (with his password), then closes his account.
        bob.get(self.server.url("/settings"))
        find(bob, "input[name='email']").clear()
        find(bob, "input[name='email']").send_keys(bob_email)
        find(bob, "#profile ~ form input[name='password']").send_keys(PASSWORD)
        click_and_wait(bob, "#save-profile")
        self.assertIn("Saved", find(bob, "#confirmation").text)

        click_and_wait(bob, "#close-account")
        assert_fits_phone(bob)
        self.assertIn("cannot be undone", find(bob, "main").text)
        find(bob, "input[name='password']").send_keys("not my password at all")
        click_and_wait(bob, "#confirm-close")
        self.assertIn("not your current password", find(bob, "#password-error").text)
        find(bob, "input[name='password']").send_keys(PASSWORD)
        click_and_wait(bob, "#confirm-close")
        wait_for_path(bob, "/closed")
        self.assertIn("Your account is closed", find(bob, "h1").text)

        alice.get(self.server.url("/home"))
        self.assertIn("Your partner has left", find(alice, "main").text)
        alice.get(self.server.url("/settings/export"))
        members = texts(alice, "article.export ul li")
        self.assertIn("a former partner (left)", " ".join(members))
        self.assertNotIn("Bob", " ".join(members))

        # The same email signs up again as someone new, with nothing of the old.
        bob.get(self.server.url("/signup"))
        fill_signup(bob, "Bob", bob_email)
        wait_for_path(bob, "/home")
        find(bob, "#start-couple")

    def test_the_quick_exit_leaves_at_once_by_tap_or_by_escape(self):
        alice, _ = self.paired_browsers()
        for path in ("/home", "/settings", "/urges"):
            alice.get(self.server.url(path))
            self.assertEqual(alice.title, "Trellis", f"{path} names itself in the tab")
        alice.find_element(By.ID, "quick-exit").click()
        wait_until(alice, lambda d: d.current_url.startswith("https://www.google.com/"),
                   "the quick exit to leave Trellis")
        # Back does not bring the page that was left up again (it was replaced).
        alice.back()
        wait_until(alice, lambda d: not d.current_url.endswith("/urges"), "Back to skip the page left")

        alice.get(self.server.url("/window"))
        body = find(alice, "body")
        for _ in range(3):
            body.send_keys(Keys.ESCAPE)
        wait_until(alice, lambda d: d.current_url.startswith("https://www.google.com/"),
                   "three presses of Escape to leave Trellis")


if __name__ == "__main__":
    unittest.main()


class OperatorExportTest(E2ETestCase):
    """`trellis export` says what its file holds, and holds exactly that: the shared record, never
    the member's private entries (its help once promised them)."""

    def test_the_operators_export_says_it_holds_no_private_entries_and_holds_none(self):
        import subprocess
        alice, _ = self.paired_browsers()
        write_journal(alice, self.server, "Elderflower evening, kept to myself")
        email = alice.execute_script(
            "return fetch('/settings/export.json').then(r => r.json()).then(e => e.account.email)")
        help_text = subprocess.run([self.server.binary, "export", "--help"], capture_output=True,
                                   text=True, check=True).stdout
        self.assertIn("none of their private entries", " ".join(help_text.split()))
        target = os.path.join(self.server.tmp, "alice-export.json")
        subprocess.run([self.server.binary, "export", "--data-dir", self.server.data_dir, "--email", email,
                        "--to", target], capture_output=True, text=True, check=True)
        with open(target, encoding="utf-8") as f:
            written = f.read()
        self.assertNotIn("Elderflower", written)
        self.assertNotIn('"visibility" : "private"', written)
        jsonschema.Draft202012Validator(export_schema()).validate(json.loads(written))
