"""`trellis demo` on an empty data directory: both printed accounts log in and see a lived-in history."""

import re
import subprocess
import unittest

from harness import (Server, assert_fits_phone, click_and_wait, find, log_in, new_browser, open_area,
                     wait_for_path)


class DemoTest(unittest.TestCase):

    def setUp(self):
        self.server = Server()
        self.addCleanup(self.server.stop)
        made = subprocess.run([self.server.binary, "demo", "--data-dir", self.server.data_dir],
                              capture_output=True, text=True, timeout=300)
        self.assertEqual(made.returncode, 0, made.stderr)
        self.logins = dict(re.findall(r"(\S+@example\.org)\s+password: (\S+)", made.stdout))
        self.assertEqual(len(self.logins), 2, made.stdout)
        self.server.start()

    def log_in(self, email):
        driver = new_browser()
        self.addCleanup(driver.quit)
        # Demo accounts are made as accounts from before private keys: the first log-in moves
        # their private entries under a key of their own and shows the recovery code once.
        log_in(driver, self.server, email, self.logins[email])
        self.assertTrue(getattr(driver, "recovery_code", None), "the code was shown at the first log-in")
        wait_for_path(driver, "/home")
        return driver

    def page_text(self, driver, path):
        driver.get(self.server.url(path))
        assert_fits_phone(driver)
        return find(driver, "body").text

    def test_both_demo_accounts_see_their_history(self):
        sam = self.log_in("sam.demo@example.org")
        self.assertIn("Alex", self.page_text(sam, "/home"))
        self.assertIn("Sit with me for ten minutes after dinner", self.page_text(sam, "/repair/asked"))
        open_area(sam, self.server, "Money")
        assert_fits_phone(sam)
        self.assertIn("I found card statements you had hidden", find(sam, "body").text)

        alex = self.log_in("alex.demo@example.org")
        integrity = self.page_text(alex, "/integrity")
        self.assertIn("Sit with me for ten minutes after dinner", integrity)
        # Alex's journal is private to Alex: its words never reach Sam's pages.
        self.assertNotIn("I put the phone in the drawer", self.page_text(sam, "/integrity"))

        # A second run refuses instead of making the accounts twice.
        again = subprocess.run([self.server.binary, "demo", "--data-dir", self.server.data_dir],
                               capture_output=True, text=True, timeout=60)
        self.assertNotEqual(again.returncode, 0)
        self.assertIn("already has the demo accounts", again.stderr)


if __name__ == "__main__":
    unittest.main()
