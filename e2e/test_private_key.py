"""Private means private, even from whoever runs the server: Sam signs up and notes the recovery
code shown once, writes a private journal entry, has the password reset by the operator (the
entry stays locked, and home says so), enters the recovery code, and sees the entry again."""

import subprocess

from harness import (E2ETestCase, assert_fits_phone, click_and_wait, find, log_in, reveal, unique_email, url_path,
                     wait_for_path)

JOURNAL = "Locked-journal: I almost told her tonight"
NEW_PASSWORD = "the operator gave me this one"


class PrivateKeyTest(E2ETestCase):

    def test_a_reset_locks_private_entries_until_the_recovery_code(self):
        sam = self.browser()
        email = unique_email("Sam")
        sam.get(self.server.url("/signup"))
        for field, value in (("name", "Sam"), ("email", email), ("password", "sam writes at night")):
            find(sam, f"input[name='{field}']").send_keys(value)
        click_and_wait(sam, "#signup-submit")
        code = find(sam, "#recovery-code").text
        self.assertEqual(len(code), 29)
        self.assertIn("cannot be opened again, by anyone", find(sam, "main").text)
        assert_fits_phone(sam)
        click_and_wait(sam, "#recovery-code-kept")
        wait_for_path(sam, "/home")
        click_and_wait(sam, "#start-couple")
        sam.get(self.server.url("/integrity"))
        reveal(sam, "#journal-text").send_keys(JOURNAL)
        click_and_wait(sam, "#write-journal")
        self.assertIn(JOURNAL, find(sam, "#journal-today").text)

        # Whoever runs Trellis makes a reset link; Sam sets the new password with it.
        made = subprocess.run(
            [self.server.binary, "account", "reset-password", "--data-dir", self.server.data_dir, "--email", email,
             "--public-url", self.server.base_url], capture_output=True, text=True, timeout=120)
        self.assertEqual(made.returncode, 0, made.stderr)
        link = next(word for word in made.stdout.split() if word.startswith(self.server.base_url + "/reset/"))
        sam.get(link)
        self.assertIn("Your private entries stay locked", find(sam, "#reset-sealed").text)
        find(sam, "input[name='newPassword']").send_keys(NEW_PASSWORD)
        click_and_wait(sam, "#reset-password")
        log_in(sam, self.server, email, NEW_PASSWORD)
        wait_for_path(sam, "/home")
        self.assertIn("still locked", find(sam, "#sealed-notice").text)
        sam.get(self.server.url("/integrity"))
        self.assertNotIn("Locked-journal", find(sam, "main").text)

        # The recovery code, typed as a person might, opens it again.
        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#sealed-notice a")
        wait_for_path(sam, "/settings/private")
        assert_fits_phone(sam)
        find(sam, "input[name='recoveryCode']").send_keys(code.lower().replace("-", " "))
        find(sam, "input[name='password']").send_keys(NEW_PASSWORD)
        click_and_wait(sam, "#recover")
        self.assertIn("open to you again", find(sam, "#confirmation").text)
        sam.get(self.server.url("/integrity"))
        self.assertIn(JOURNAL, find(sam, "main").text)
        sam.get(self.server.url("/home"))
        self.assertEqual(sam.find_elements("css selector", "#sealed-notice"), [])
        self.assertEqual(url_path(sam.current_url), "/home")
