"""A phone that is not always private, in real browsers: once locked, no page a member can reach
shows anything of theirs (nor the API with the same session); the quick exit locks, so Back shows
the lock and not home; guessing the code slows down while the password still opens."""

import unittest
from urllib.parse import urljoin, urlparse

from selenium.webdriver.common.by import By

from api import call
from harness import PASSWORD, E2ETestCase, assert_fits_phone, click_and_wait, find, wait_for_path, wait_until

CODE = "tulip7291"


def choose_lock_code(driver, server):
    driver.get(server.url("/settings"))
    find(driver, "#lock-form input[name=lock][value=code]").click()
    find(driver, "#lock-new-code").send_keys(CODE)
    find(driver, "#lock-password-confirm").send_keys(PASSWORD)
    click_and_wait(driver, "#save-lock")
    wait_until(driver, lambda d: "done=saved" in d.current_url, "the lock to be saved")


def quick_exit(driver):
    find(driver, "#quick-exit").click()
    wait_until(driver, lambda d: d.current_url.startswith("https://www.google.com/"), "the quick exit")


def reachable_pages(driver, server):
    """Home and every page of this site that home and settings link to, as a member reaches them."""
    pages = {"/home", "/settings"}
    for start in ("/home", "/settings"):
        driver.get(server.url(start))
        for href in driver.execute_script("return [...document.querySelectorAll('a[href]')].map(a => a.href)"):
            url = urlparse(urljoin(server.url(start), href))
            if url.netloc == urlparse(server.url()).netloc and not url.path.startswith(("/assets", "/calendar")):
                pages.add(url.path + (("?" + url.query) if url.query else ""))
    return sorted(pages)


def shows_only_the_lock(driver):
    source = driver.page_source
    return (driver.find_elements(By.ID, "unlock") and "Alice" not in source
            and not driver.find_elements(By.ID, "logout"))


class LockTest(E2ETestCase):

    def test_a_locked_device_shows_nothing_on_any_page_nor_through_the_api(self):
        alice, _ = self.paired_browsers()
        choose_lock_code(alice, self.server)
        pages = reachable_pages(alice, self.server)
        self.assertGreater(len(pages), 10, pages)
        token = alice.get_cookie("trellis_session")["value"]
        self.assertEqual(call(self.server, "GET", "/api/v1/me", token=token)[0], 200)

        quick_exit(alice)
        for path in pages:
            alice.get(self.server.url(path))
            self.assertTrue(shows_only_the_lock(alice), f"{path} showed more than the lock")
        status, body = call(self.server, "GET", "/api/v1/me", token=token)
        self.assertEqual((status, body["error"]["code"]), (423, "locked"))
        self.assertNotIn("Alice", str(body))
        assert_fits_phone(alice)

        find(alice, "#lock-code").send_keys(CODE)
        click_and_wait(alice, "#unlock-submit")
        self.assertIn("Alice", find(alice, "header").text)

    def test_back_after_the_quick_exit_shows_the_lock_not_home(self):
        alice, _ = self.paired_browsers()
        choose_lock_code(alice, self.server)
        alice.get(self.server.url("/home"))
        alice.get(self.server.url("/urges"))
        quick_exit(alice)
        alice.back()
        wait_until(alice, lambda d: d.current_url.startswith(self.server.url()), "Back into Trellis")
        wait_until(alice, shows_only_the_lock, "the lock after Back")
        alice.refresh()
        self.assertTrue(shows_only_the_lock(alice), "a reload shows the lock too")

    def test_five_wrong_codes_slow_down_but_the_password_still_opens(self):
        alice, _ = self.paired_browsers()
        choose_lock_code(alice, self.server)
        quick_exit(alice)
        alice.get(self.server.url("/home"))
        for guess in range(5):
            find(alice, "#lock-code").send_keys(f"wrong{guess}x")
            click_and_wait(alice, "#unlock-submit")
            self.assertIn("That is not your lock code.", find(alice, "main").text)
        find(alice, "#lock-code").send_keys(CODE)
        click_and_wait(alice, "#unlock-submit")
        self.assertIn("Too many", find(alice, "main").text, "the sixth try waits, even with the right code")
        self.assertTrue(shows_only_the_lock(alice))
        find(alice, "summary").click()
        find(alice, "#lock-password").send_keys(PASSWORD)
        click_and_wait(alice, "#unlock-submit")
        wait_for_path(alice, "/home")
        self.assertIn("Alice", find(alice, "header").text)


if __name__ == "__main__":
    unittest.main()
