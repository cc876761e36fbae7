"""Signing in safely: a partner who keeps guessing cannot keep the owner's phone out; the owner
sees the devices signed in as them, logs the others out, and changes their password."""

from harness import (PASSWORD, E2ETestCase, assert_fits_phone, click_and_wait, find, is_present,
                     log_in, signup, texts, unique_email, wait_for_path)

NEW_PASSWORD = "a quiet walk by the river at dawn"


class SigningInTest(E2ETestCase):

    def test_a_guessing_partner_cannot_lock_the_owner_out(self):
        email = unique_email("Sam")
        phone = self.browser()
        signup(phone, self.server, "Sam", email)
        wait_for_path(phone, "/home")
        laptop = self.browser()
        log_in(laptop, self.server, email, PASSWORD)
        wait_for_path(laptop, "/home")
        click_and_wait(phone, "#logout")

        # The partner knows Sam's email and keeps guessing from another browser.
        partner = self.browser()
        for guess in ("our first date", "the dog's name", "your mum's birthday", "our song title",
                      "the street we met", "what you always say", "the old password"):
            log_in(partner, self.server, email, guess)
        self.assertIn("Too many", find(partner, ".error").text,
                      "after seven wrong guesses the partner's browser should be slowed down")

        # Sam's phone has logged in before, so it is counted apart and gets in at once.
        log_in(phone, self.server, email, PASSWORD)
        wait_for_path(phone, "/home")

        # On the settings page Sam sees both devices and logs the laptop out.
        phone.get(self.server.url("/settings"))
        assert_fits_phone(phone)
        devices = texts(phone, "ul.devices li.device")
        self.assertEqual(len(devices), 2, f"two devices should be listed, got {devices}")
        self.assertTrue(any("This device" in d for d in devices), devices)
        find(phone, "#end-others-password").send_keys(PASSWORD)
        click_and_wait(phone, "#end-others")
        self.assertIn("Every other device is logged out", find(phone, "#confirmation").text)
        self.assertEqual(len(texts(phone, "ul.devices li.device")), 1)
        laptop.get(self.server.url("/home"))
        wait_for_path(laptop, "/login")

    def test_changing_the_password_needs_the_current_one(self):
        email = unique_email("Alex")
        phone = self.browser()
        signup(phone, self.server, "Alex", email)
        wait_for_path(phone, "/home")
        phone.get(self.server.url("/settings"))
        find(phone, "input[name='currentPassword']").send_keys("not what I chose")
        find(phone, "input[name='newPassword']").send_keys(NEW_PASSWORD)
        click_and_wait(phone, "#change-password")
        self.assertIn("not your current password", find(phone, "#currentPassword-error").text)

        find(phone, "input[name='currentPassword']").send_keys(PASSWORD)
        find(phone, "input[name='newPassword']").send_keys(NEW_PASSWORD)
        click_and_wait(phone, "#change-password")
        self.assertIn("Your password is changed", find(phone, "#confirmation").text)
        assert_fits_phone(phone)

        click_and_wait(phone, "#logout")
        log_in(phone, self.server, email, NEW_PASSWORD)
        wait_for_path(phone, "/home")
        self.assertFalse(is_present(phone, ".error"))

    def test_reloading_the_sign_up_answer_shows_the_recovery_code_again(self):
        """The sign-up answer once re-sent the form on reload ("Not saved yet", the code lost)."""
        sam = self.browser()
        sam.get(self.server.url("/signup"))
        for field, value in (("name", "Sam"), ("email", unique_email("Sam")), ("password", PASSWORD)):
            find(sam, f"input[name='{field}']").send_keys(value)
        click_and_wait(sam, "#signup-submit")
        wait_for_path(sam, "/recovery-code")
        code = find(sam, "#recovery-code").text
        sam.refresh()
        find(sam, "#recovery-code")
        self.assertEqual(find(sam, "#recovery-code").text, code, "a reload shows the same code")
        self.assertFalse(is_present(sam, ".error"), "nothing says 'not saved' about a saved account")
        assert_fits_phone(sam)
        # Leaving without saying so, home says the code still waits; it is shown again from there.
        sam.get(self.server.url("/home"))
        click_and_wait(sam, "#code-waiting a")
        self.assertEqual(find(sam, "#recovery-code").text, code)
        click_and_wait(sam, "#recovery-code-kept")
        wait_for_path(sam, "/home")
        self.assertFalse(is_present(sam, "#code-waiting"), "kept: home no longer mentions it")
        sam.get(self.server.url("/recovery-code"))
        wait_for_path(sam, "/home")
